// Markdown → mdast with markdown-it (CommonMark, GFM tables) and GFM task-list items. markdown-it
// reads the templates' Markdown in a quarter of the time micromark takes in a cold process, which
// is what every `ess render` is; the tree is mdast all the same, the syntax tree the mapper reads.
// test/render/markdown-tree.test.ts checks it against mdast-util-from-markdown (micromark).
import MarkdownIt from 'markdown-it';
import type { AlignType, Parent, PhrasingContent, Root, RootContent, Table } from 'mdast';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/** An attribute of a token, as text (markdown-it types them as string | number). */
function attr(token: Token, name: string): string | null {
  const value = token.attrGet(name);
  return value === null ? null : String(value);
}

const parser = new MarkdownIt('commonmark', { html: true }).enable('table');

// GFM: `[ ]`, `[x]` or `[X]` then a space, at the start of a list item's first paragraph.
const TASK = /^\[([ xX])\][ \t]+/;

/** A column's alignment, which markdown-it gives as a style on its header cell. */
function alignOf(token: Token): AlignType {
  const style = attr(token, 'style') ?? '';
  return style.includes('right') ? 'right' : style.includes('center') ? 'center' : style.includes('left') ? 'left' : null;
}

/** Inline tokens as phrasing content: adjacent texts and soft breaks make one text node. */
function phrasing(tokens: readonly Token[]): PhrasingContent[] {
  const root: { children: PhrasingContent[] } = { children: [] };
  const stack: { children: PhrasingContent[] }[] = [root];
  const top = () => stack[stack.length - 1]!.children;
  const text = (value: string) => {
    if (value === '') return;
    const siblings = top();
    const last = siblings[siblings.length - 1];
    if (last?.type === 'text') last.value += value;
    else siblings.push({ type: 'text', value });
  };
  const open = (node: PhrasingContent & { children: PhrasingContent[] }) => {
    top().push(node);
    stack.push(node);
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        text(token.content);
        break;
      case 'softbreak':
        text('\n');
        break;
      case 'hardbreak':
        top().push({ type: 'break' });
        break;
      case 'strong_open':
        open({ type: 'strong', children: [] });
        break;
      case 'em_open':
        open({ type: 'emphasis', children: [] });
        break;
      case 'link_open':
        open({ type: 'link', url: attr(token, 'href') ?? '', title: attr(token, 'title'), children: [] });
        break;
      case 'strong_close':
      case 'em_close':
      case 'link_close':
        stack.pop();
        break;
      case 'code_inline':
        top().push({ type: 'inlineCode', value: token.content });
        break;
      case 'html_inline':
        top().push({ type: 'html', value: token.content });
        break;
      case 'image':
        top().push({ type: 'image', url: attr(token, 'src') ?? '', title: attr(token, 'title'), alt: token.content });
        break;
      default:
        throw new Error(`Markdown: unexpected inline token ${token.type}.`);
    }
  }
  return root.children;
}

/**
 * A list item whose first paragraph starts with a checkbox is a task, checked or not. The marker is
 * looked for in the paragraph's source, where an escaped `\\[x]` is not one.
 */
function taskMarker(item: Parent | undefined, paragraph: Parent, source: string, children: PhrasingContent[]): void {
  if (item?.type !== 'listItem' || item.children[0] !== paragraph || paragraph.children.length > 0) return;
  const match = TASK.exec(source);
  const head = children[0];
  if (!match || head?.type !== 'text' || !head.value.startsWith(match[0])) return;
  (item as { checked?: boolean | null }).checked = match[1] !== ' ';
  head.value = head.value.slice(match[0].length);
  if (head.value === '') children.shift();
}

/** The mdast tree of a Markdown document. */
export function markdownTree(markdown: string): Root {
  const root: Root = { type: 'root', children: [] };
  const stack: Parent[] = [root];
  let table: Table | undefined;
  const open = (node: RootContent & Parent) => {
    (stack[stack.length - 1]!.children as RootContent[]).push(node);
    stack.push(node);
  };
  const add = (node: RootContent) => (stack[stack.length - 1]!.children as RootContent[]).push(node);
  for (const token of parser.parse(markdown, {})) {
    switch (token.type) {
      case 'heading_open':
        open({ type: 'heading', depth: Number(token.tag.slice(1)) as 1 | 2 | 3 | 4 | 5 | 6, children: [] });
        break;
      case 'paragraph_open':
        open({ type: 'paragraph', children: [] });
        break;
      case 'blockquote_open':
        open({ type: 'blockquote', children: [] });
        break;
      case 'bullet_list_open':
        open({ type: 'list', ordered: false, start: null, spread: false, children: [] });
        break;
      case 'ordered_list_open':
        open({ type: 'list', ordered: true, start: Number(attr(token, 'start') ?? 1), spread: false, children: [] });
        break;
      case 'list_item_open':
        open({ type: 'listItem', spread: false, checked: null, children: [] });
        break;
      case 'table_open':
        table = { type: 'table', align: [], children: [] };
        open(table);
        break;
      case 'tr_open':
        open({ type: 'tableRow', children: [] });
        break;
      case 'th_open':
        table?.align?.push(alignOf(token));
        open({ type: 'tableCell', children: [] });
        break;
      case 'td_open':
        open({ type: 'tableCell', children: [] });
        break;
      case 'list_item_close':
      case 'heading_close':
      case 'paragraph_close':
      case 'blockquote_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'table_close':
      case 'tr_close':
      case 'th_close':
      case 'td_close':
        stack.pop();
        break;
      case 'thead_open':
      case 'thead_close':
      case 'tbody_open':
      case 'tbody_close':
        break;
      case 'inline': {
        const parent = stack[stack.length - 1]!;
        const children = phrasing(token.children ?? []);
        taskMarker(stack[stack.length - 2], parent, token.content, children);
        (parent.children as PhrasingContent[]).push(...children);
        break;
      }
      case 'html_block':
        add({ type: 'html', value: token.content.replace(/\n$/, '') });
        break;
      case 'hr':
        add({ type: 'thematicBreak' });
        break;
      case 'code_block':
      case 'fence':
        add({ type: 'code', lang: token.info.trim() || null, meta: null, value: token.content.replace(/\n$/, '') });
        break;
      default:
        throw new Error(`Markdown: unexpected block token ${token.type}.`);
    }
  }
  return root;
}
