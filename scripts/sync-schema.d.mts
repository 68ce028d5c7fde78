export function syncedSchema(text?: string, items?: unknown[]): string;
export function specialitesDoc(data?: unknown): string;
