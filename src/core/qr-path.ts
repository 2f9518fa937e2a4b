/**
 * A QR code's dark modules as one SVG path: each run of dark modules in a row becomes one rectangle, so a code of
 * version 4 (33 × 33) is a single short `d` attribute instead of hundreds of elements.
 */
export function qrPath(modules: ReadonlyArray<ReadonlyArray<boolean>>): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}
