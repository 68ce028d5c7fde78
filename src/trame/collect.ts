// Collects the trame's questions from the schema's `x-ess` annotations: a depth-first walk, in
// the schema's order, each shared definition ($ref) giving each of its uses its own path. Run at
// build time (scripts/build.mjs writes src/generated/trame.js); a test keeps the two in step.
import { dossierSchema, deref, type SchemaNode } from '../dossier/schema-nav.js';
import type { Question, XEss } from './index.js';
import { YEAR_SEGMENT } from './year.js';

const NO_SECTION = { numero: '', titre: '' };

function annotation(node: SchemaNode): XEss | undefined {
  return node['x-ess'] as XEss | undefined;
}

/** The values of a choice and their words: an `enum` with its `enumDescriptions`, itself or in an `anyOf` branch. */
function choicesOf(node: SchemaNode): Pick<Question, 'choices'> {
  const branches = [node, ...((node.anyOf as SchemaNode[] | undefined) ?? []).map(deref)];
  const found = branches.find((b) => Array.isArray(b.enum) && Array.isArray(b.enumDescriptions));
  if (!found) return {};
  const labels = found.enumDescriptions as string[];
  return { choices: (found.enum as string[]).map((id, i) => ({ id, label: labels[i] ?? id })) };
}

/** Depth-first over the schema, in the trame's (the schema's) order. */
export function collect(): Question[] {
  const out: Question[] = [];
  const visit = (raw: SchemaNode, segments: string[], section: Question['section']): void => {
    const node = deref(raw);
    const x = annotation(raw) ?? annotation(node);
    const here = x?.section ?? section;
    if (x?.kind) {
      out.push({
        path: segments.join('.'),
        pointer: `/${segments.join('/')}`,
        label: x.label ?? node.title ?? segments[segments.length - 1]!,
        ...(x.printed ? { printed: x.printed } : {}),
        ...(x.examples ? { examples: x.examples } : {}),
        ...(x.variants ? { variants: x.variants } : {}),
        ...(x.printedIfAnswered ? { printedIfAnswered: true } : {}),
        ...(node.description ? { help: node.description } : {}),
        kind: x.kind,
        section: here,
        required: x.required ?? {},
        optional: x.optional ?? false,
        documents: x.documents ?? [],
        ...(x.role ? { role: x.role } : {}),
        ...(x.missing ? { missing: x.missing } : {}),
        ...(x.when ? { when: x.when } : {}),
        ...(x.reportedBy ? { reportedBy: x.reportedBy } : {}),
        ...(x.init ? { init: x.init } : {}),
        ...(x.ask ? { ask: x.ask } : {}),
        ...choicesOf(node),
        ...(x.indicateur ? { indicateur: x.indicateur } : {}),
      });
    }
    if (node.properties) for (const [key, child] of Object.entries(node.properties)) visit(child, [...segments, key], here);
    if (node.items) visit(node.items, [...segments, '*'], here);
    // An object keyed by a pattern (the years of `activite`): one question per answer, `{annee}` in its path.
    const keyed = node.patternProperties as Record<string, SchemaNode> | undefined;
    if (keyed) for (const child of Object.values(keyed)) visit(child, [...segments, YEAR_SEGMENT], here);
  };
  visit(dossierSchema, [], NO_SECTION);
  return out;
}

