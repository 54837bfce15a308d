// Live intervention descriptions for the Markdown merge benchmark: nested lists of a given size,
// as a hostile or broken API could send them, and emphasis marks that never close, the slowest
// Markdown per character found for the parser within the length limits.

/** A list nested one level deeper on every line (`- item 0`, `  - item 1`…), `length` long. */
export function nestedListDescription(length: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let level = 0; size < length; level++) {
    const line = `${'  '.repeat(level)}- item ${level}\n`;
    lines.push(line);
    size += line.length;
  }
  return lines.join('').slice(0, length);
}

/** `*a_ ` over and over, `length` long: every mark may open or close, and none matches. */
export function unmatchedEmphasisDescription(length: number): string {
  return '*a_ '.repeat(Math.ceil(length / 4)).slice(0, length);
}

/** A live response of one intervention with this description. */
export function responseWith(description: string) {
  return [
    {
      id: 'bench-description',
      vendor: 'TESLA',
      resolution: { title: 'A long description', description },
    },
  ];
}
