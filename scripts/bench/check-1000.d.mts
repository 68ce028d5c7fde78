/** The complete sample with its Annexe 1 replaced by `count` adhérents (one-line flow mappings). */
export function bigDossier(sampleText: string, count: number): string;
