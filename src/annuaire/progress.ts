/** Share of bytes read, on stderr, only when stderr is a terminal (nothing in pipes, logs or tests). */
export function progressReporter(totalBytes: number, label: string, stream: NodeJS.WriteStream = process.stderr) {
  if (!stream.isTTY || totalBytes <= 0) return { update: (_bytes: number) => undefined, done: () => undefined };
  let shown = -1;
  return {
    update(bytes: number) {
      const percent = Math.min(100, Math.floor((bytes / totalBytes) * 100));
      if (percent === shown) return;
      shown = percent;
      stream.write(`\r${label} ${percent} %`);
    },
    done() {
      if (shown >= 0) stream.write('\r\x1b[K');
    },
  };
}
