/** A progress line for long work: one phase at a time, `done` of `total`. */
export interface Progress {
  update(phase: string, done: number, total: number): void
  /** Removes the line (before the result is printed). */
  clear(): void
}

/** The stream a progress line is drawn on: a terminal's. */
export interface ProgressStream {
  isTTY?: boolean | undefined
  write(text: string): unknown
}

const barWidth = 24
// A line is redrawn at most this often (a 10,000-page site reports 10,000 steps).
const redrawMilliseconds = 80

/**
 * A progress bar on `stream` (stderr) when it is a terminal, else undefined: pipes, CI logs and
 * `--format json` consumers get no control characters. The last step of a phase is always drawn.
 */
export function terminalProgress(stream: ProgressStream = process.stderr, now: () => number = () => performance.now()): Progress | undefined {
  if (stream.isTTY !== true) return undefined
  let drawnAt = Number.NEGATIVE_INFINITY
  let drawn = false
  return {
    update(phase, done, total) {
      const time = now()
      if (done < total && time - drawnAt < redrawMilliseconds) return
      drawnAt = time
      drawn = true
      const filled = total <= 0 ? barWidth : Math.min(barWidth, Math.round((done / total) * barWidth))
      stream.write(`\r\x1b[K${phase.padEnd(7)} [${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${done}/${total}`)
    },
    clear() {
      if (drawn) stream.write('\r\x1b[K')
      drawn = false
    },
  }
}
