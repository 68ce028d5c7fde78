// Keywords of the dossier schema that only editors read (yaml-language-server, VS Code): labels
// of enum values and French messages for patterns. Every Ajv that compiles the schema in strict
// mode registers them, as annotations without validation. `x-ess` is the trame's definition
// (src/trame/): what the program knows about each question; validators ignore it.
export const EDITOR_KEYWORDS = ['enumDescriptions', 'markdownEnumDescriptions', 'patternErrorMessage', 'markdownDescription', 'x-ess'];

/** Registers the editor keywords on an Ajv instance; returns it. */
export function addEditorKeywords(ajv) {
  ajv.addVocabulary(EDITOR_KEYWORDS);
  return ajv;
}
