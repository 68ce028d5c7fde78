export declare const ANNOTATION_KEYWORDS: string[];
