import type { CheckResult } from '../check.js';

/** `--format json`: exactly the object of the output contract, nothing more. */
export function formatJson(result: CheckResult): string {
  return JSON.stringify({
    file: result.file,
    stage: result.stage,
    results: result.results.map(({ rule, severity, message, path, line, column }) => ({ rule, severity, message, path, line, column })),
    summary: result.summary,
    ...(result.progress ? { progress: { answered: result.progress.answered, total: result.progress.total } } : {}),
  }, null, 2);
}
