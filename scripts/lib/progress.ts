/**
 * A progress bar for long commands (seeding, reindexing). On a terminal it redraws one line; in a
 * log (CI, a pipe) it prints a line at every 10 %.
 */
export interface Progress {
  update(done: number, total: number): void;
  finish(summary?: string): void;
}

export function progressBar(label: string, stream: NodeJS.WriteStream = process.stdout): Progress {
  const started = Date.now();
  let lastDecile = -1;
  let lastDraw = 0;
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  return {
    update(done, total) {
      const fraction = total > 0 ? Math.min(1, done / total) : 1;
      const percent = Math.floor(fraction * 100);
      if (stream.isTTY) {
        if (Date.now() - lastDraw < 100 && done < total) return;
        lastDraw = Date.now();
        const width = 30;
        const filled = Math.round(fraction * width);
        const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
        stream.write(
          `\r${label} ${bar} ${String(percent).padStart(3)}% ${done.toLocaleString("en")}/${total.toLocaleString("en")} ${seconds()} s`,
        );
      } else if (Math.floor(percent / 10) > lastDecile) {
        lastDecile = Math.floor(percent / 10);
        stream.write(`${label} ${percent}% (${done.toLocaleString("en")}/${total.toLocaleString("en")})\n`);
      }
    },
    finish(summary) {
      if (stream.isTTY) stream.write("\n");
      if (summary) stream.write(`${label} ${summary} in ${seconds()} s\n`);
    },
  };
}
