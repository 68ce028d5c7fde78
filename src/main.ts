// Entry point of the bundle: wires the process (exit code, broken pipes, stray errors) to main().
import { main } from './cli.js';
import { outputError, reportError } from './core/error-report.js';

// A reader that stops early (`ess check … | head`) is not an error; any other failed write (full
// disk, quota, /dev/full) is: an empty report.json must never pass for « no error ».
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  const report = outputError(error);
  process.stderr.write(report.message + '\n');
  process.exit(report.exitCode);
});

// Errors raised outside the command's promise (a stream callback…) get the same French report.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error: unknown) => {
    const report = reportError(error, process.argv.includes('--debug'));
    process.stderr.write(report.message + '\n');
    process.exit(report.exitCode);
  });
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
