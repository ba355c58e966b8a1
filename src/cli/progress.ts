/** A progress line on a terminal's stderr: lines, MB/s, percent and time left, at most a few times a second. */
export function startProgress(stderr: { write(chunk: string): unknown }, totalBytes: number) {
  const started = Date.now();
  let lastDrawn = 0;
  const draw = (bytes: number): void => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const rate = bytes / seconds;
    const percent = totalBytes > 0 ? Math.min(100, (bytes / totalBytes) * 100) : 100;
    const left = rate > 0 ? Math.max(0, (totalBytes - bytes) / rate) : 0;
    stderr.write(
      `\r${(bytes / 1e6).toFixed(1)} MB  ${(rate / 1e6).toFixed(1)} MB/s  ${percent.toFixed(0)}%  ${left.toFixed(0)} s left   `,
    );
  };
  return {
    update(bytes: number): void {
      const now = Date.now();
      if (now - lastDrawn < 250) return;
      lastDrawn = now;
      draw(bytes);
    },
    done(bytes: number): void {
      draw(bytes);
      stderr.write("\n");
    },
  };
}
