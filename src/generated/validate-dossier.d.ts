// Types of the standalone validator that scripts/build.mjs generates from schemas/dossier.schema.json.
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
declare const validate: ((data: unknown) => boolean) & { errors?: AjvError[] | null };
export default validate;
