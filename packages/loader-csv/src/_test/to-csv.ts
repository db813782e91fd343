/** Writes rows as RFC 4180 CSV the way Excel does: quotes only where needed, CRLF line ends. Tests only. */
export function toCsv(
  rows: readonly (readonly string[])[],
  options: { delimiter?: string; lineEnd?: string } = {},
): string {
  const delimiter = options.delimiter ?? ',';
  const lineEnd = options.lineEnd ?? '\r\n';
  const quote = (cell: string) =>
    cell.includes('"') || cell.includes(delimiter) || cell.includes('\n') || cell.includes('\r')
      ? `"${cell.replaceAll('"', '""')}"`
      : cell;
  return rows.map((row) => row.map(quote).join(delimiter)).join(lineEnd) + lineEnd;
}

/** Splits bytes into chunks at the given cut points, as a stream might deliver them. */
export async function* chunked(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let previous = 0;
  for (const cut of [...cuts].sort((left, right) => left - right)) {
    if (cut <= previous || cut >= bytes.length) continue;
    yield bytes.subarray(previous, cut);
    previous = cut;
  }
  yield bytes.subarray(previous);
}
