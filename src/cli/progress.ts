/**
 * The progress line of a folder run: redrawn in place on a terminal's stderr, absent everywhere else
 * (a pipe, a log file, --format json), so it never mixes into output another program reads.
 */
import type { Language } from "./args";

export interface ProgressSink {
  write(text: string): void;
}

export class Progress {
  private shown = false;
  private lastDraw = 0;

  constructor(
    private readonly sink: ProgressSink | undefined,
    private readonly total: number,
    private readonly lang: Language,
  ) {}

  /** Wipes the line before other output so the two never share a line. */
  clear(): void {
    if (!this.sink || !this.shown) return;
    this.sink.write("\r\x1b[K");
    this.shown = false;
  }

  /** At most ten redraws a second: a fast batch should not spend its time painting. */
  update(done: number, unusable: number, force = false): void {
    if (!this.sink) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const line =
      this.lang === "zh"
        ? `已检查 ${done}/${this.total}${unusable ? `，无法读取 ${unusable}` : ""}`
        : `checked ${done}/${this.total}${unusable ? `, unusable ${unusable}` : ""}`;
    this.sink.write(`\r\x1b[K${line}`);
    this.shown = true;
  }
}
