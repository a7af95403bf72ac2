/** Progress on stderr: a cli-progress bar on a terminal, otherwise a line every few seconds. */
import cliProgress, { type SingleBar } from 'cli-progress';

export class ProgressView {
  private bar: SingleBar | undefined;
  private phase = '';
  private lastLine = 0;
  private readonly tty = Boolean(process.stderr.isTTY);

  update(scenario: string, phase: string, done: number, total: number, note = ''): void {
    const key = `${scenario} ${phase}`;
    if (this.tty) {
      const payload = { label: key.padEnd(28), note };
      if (key !== this.phase || !this.bar) {
        this.bar?.stop();
        this.bar = new cliProgress.SingleBar(
          {
            format: '{label} [{bar}] {percentage}% {note}',
            barsize: 30,
            stream: process.stderr,
            hideCursor: true,
            clearOnComplete: false,
          },
          cliProgress.Presets.shades_classic,
        );
        this.bar.start(Math.max(1, total), Math.min(done, total), payload);
        this.phase = key;
      } else {
        this.bar.setTotal(Math.max(1, total));
        this.bar.update(Math.min(done, total), payload);
      }
      return;
    }
    const now = Date.now();
    if (key === this.phase && now - this.lastLine < 2000 && done < total) return;
    this.phase = key;
    this.lastLine = now;
    const pct = total > 0 ? Math.floor((Math.min(done, total) / total) * 100) : 100;
    process.stderr.write(`  [${scenario}] ${phase} ${pct}%${note ? ` ${note}` : ''}\n`);
  }

  /** A free-form line (ends the current bar). */
  log(line: string): void {
    this.end();
    process.stderr.write(`${line}\n`);
  }

  end(): void {
    this.bar?.stop();
    this.bar = undefined;
    this.phase = '';
  }
}
