// Keywords of the dossier schema that only annotate it for editors (VS Code shows each enum
// value's French label): no effect on validation. Every strict ajv that compiles the schema
// declares them (scripts/build.mjs, tests).
export const ANNOTATION_KEYWORDS = ['enumDescriptions'];
