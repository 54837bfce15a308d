/**
 * A tiny TrueType font made on the fly, for browser tests that need glyphs of known widths in
 * scripts the test machine has no font for (Han, Hangul, kana, emoji draw as narrow
 * placeholder boxes on a machine with only DejaVu). Each character it maps is drawn as a
 * filled box as wide as the advance it is given, in em: 1 for full-width characters, as every
 * CJK font draws them, and 1.25 for emoji, as Noto Color Emoji does. Built by hand so no font
 * file has to be downloaded or kept in the repository.
 */

const unitsPerEm = 1000;
const ascender = 880;
const descender = -120;

class Writer {
  private readonly bytes: number[] = [];
  u8(value: number) {
    this.bytes.push(value & 0xff);
    return this;
  }
  u16(value: number) {
    return this.u8(value >> 8).u8(value);
  }
  i16(value: number) {
    return this.u16(value < 0 ? value + 0x10000 : value);
  }
  u32(value: number) {
    return this.u16(Math.floor(value / 0x10000)).u16(value % 0x10000);
  }
  tag(name: string) {
    for (const char of name) this.u8(char.charCodeAt(0));
    return this;
  }
  zeros(count: number) {
    for (let i = 0; i < count; i += 1) this.u8(0);
    return this;
  }
  pad4() {
    while (this.bytes.length % 4 !== 0) this.u8(0);
    return this;
  }
  get length() {
    return this.bytes.length;
  }
  array(): number[] {
    return this.bytes;
  }
}

function checksum(bytes: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 4) {
    const word = ((bytes[i] ?? 0) << 24) | ((bytes[i + 1] ?? 0) << 16) | ((bytes[i + 2] ?? 0) << 8);
    sum = (sum + (word >>> 0) + (bytes[i + 3] ?? 0)) % 0x100000000;
  }
  return sum;
}

/** `log2` of the largest power of two not above `n`, and that power: the binary-search fields. */
function search(n: number, size: number) {
  let power = 1;
  let log = 0;
  while (power * 2 <= n) {
    power *= 2;
    log += 1;
  }
  return { range: power * size, selector: log, shift: n * size - power * size };
}

/**
 * A font mapping each character of `advances` (one code point each) to a box glyph as wide as
 * its advance in em. Load it with `new FontFace(name, font)`.
 */
export function boxFont(advances: Readonly<Record<string, number>>): ArrayBuffer {
  const widths = [...new Set(Object.values(advances))];
  // Glyph 0 is .notdef (empty); glyph 1 + i is the box of widths[i].
  const glyphCount = widths.length + 1;
  const codes = Object.entries(advances)
    .map(([char, advance]) => ({
      code: char.codePointAt(0) ?? 0,
      glyph: widths.indexOf(advance) + 1,
    }))
    .sort((a, b) => a.code - b.code);
  const widest = Math.round(Math.max(...widths) * unitsPerEm);

  const glyf = new Writer();
  const offsets = [0];
  offsets.push(0); // .notdef has no outline
  for (const width of widths) {
    const advance = Math.round(width * unitsPerEm);
    // One closed contour of four on-curve points: the box, inset by 20 units on each side.
    const [x0, x1, y0, y1] = [20, advance - 20, descender + 20, ascender - 20];
    glyf.i16(1).i16(x0).i16(y0).i16(x1).i16(y1);
    glyf.u16(3).u16(0);
    for (let i = 0; i < 4; i += 1) glyf.u8(0x01);
    for (const dx of [x0, x1 - x0, 0, x0 - x1]) glyf.i16(dx);
    for (const dy of [y0, 0, y1 - y0, 0]) glyf.i16(dy);
    if (glyf.length % 2) glyf.u8(0);
    offsets.push(glyf.length);
  }

  const loca = new Writer();
  for (const offset of offsets) loca.u16(offset / 2);

  const head = new Writer()
    .u32(0x00010000)
    .u32(0x00010000)
    .u32(0)
    .u32(0x5f0f3cf5)
    .u16(0x000b)
    .u16(unitsPerEm)
    .zeros(16)
    .i16(0)
    .i16(descender)
    .i16(widest)
    .i16(ascender)
    .u16(0)
    .u16(8)
    .i16(2)
    .i16(0)
    .i16(0);

  const hhea = new Writer()
    .u32(0x00010000)
    .i16(ascender)
    .i16(descender)
    .i16(0)
    .u16(widest)
    .i16(0)
    .i16(0)
    .i16(widest)
    .i16(1)
    .i16(0)
    .i16(0)
    .zeros(8)
    .i16(0)
    .u16(glyphCount);

  const maxp = new Writer()
    .u32(0x00010000)
    .u16(glyphCount)
    .u16(4) // maxPoints
    .u16(1) // maxContours
    .u16(0) // maxCompositePoints
    .u16(0) // maxCompositeContours
    .u16(2) // maxZones
    .zeros(16);

  const os2 = new Writer()
    .u16(4)
    .i16(unitsPerEm)
    .u16(700)
    .u16(5)
    .u16(0)
    .zeros(20)
    .i16(0)
    .zeros(10)
    .zeros(16)
    .tag('TEST')
    .u16(0x0040)
    .u16(Math.min(codes[0]?.code ?? 0, 0xffff))
    .u16(Math.min(codes.at(-1)?.code ?? 0, 0xffff))
    .i16(ascender)
    .i16(descender)
    .i16(0)
    .u16(ascender)
    .u16(-descender)
    .u32(1)
    .u32(0)
    .i16(500)
    .i16(700)
    .u16(0)
    .u16(32)
    .u16(1);

  const hmtx = new Writer().u16(500).i16(0);
  for (const width of widths) hmtx.u16(Math.round(width * unitsPerEm)).i16(20);

  // cmap: format 4 for the Basic Multilingual Plane, format 12 for every code point.
  const bmp = codes.filter(({ code }) => code <= 0xffff);
  const segments = [...bmp, { code: 0xffff, glyph: 0 }];
  const segSearch = search(segments.length, 2);
  const format4 = new Writer()
    .u16(4)
    .u16(16 + segments.length * 8)
    .u16(0)
    .u16(segments.length * 2)
    .u16(segSearch.range)
    .u16(segSearch.selector)
    .u16(segSearch.shift);
  for (const { code } of segments) format4.u16(code);
  format4.u16(0);
  for (const { code } of segments) format4.u16(code);
  for (const { code, glyph } of segments)
    format4.u16(code === 0xffff ? 1 : (glyph - code) & 0xffff);
  for (const _ of segments) format4.u16(0);
  const format12 = new Writer()
    .u16(12)
    .u16(0)
    .u32(16 + codes.length * 12)
    .u32(0)
    .u32(codes.length);
  for (const { code, glyph } of codes) format12.u32(code).u32(code).u32(glyph);
  const cmap = new Writer().u16(0).u16(2);
  cmap.u16(3).u16(1).u32(20);
  cmap
    .u16(3)
    .u16(10)
    .u32(20 + format4.length);
  for (const byte of [...format4.array(), ...format12.array()]) cmap.u8(byte);

  const names: [number, string][] = [
    [1, 'Box Test'],
    [2, 'Regular'],
    [3, 'Box Test Regular'],
    [4, 'Box Test Regular'],
    [6, 'BoxTest-Regular'],
  ];
  const name = new Writer()
    .u16(0)
    .u16(names.length)
    .u16(6 + names.length * 12);
  let stringOffset = 0;
  for (const [id, text] of names) {
    name
      .u16(3)
      .u16(1)
      .u16(0x409)
      .u16(id)
      .u16(text.length * 2)
      .u16(stringOffset);
    stringOffset += text.length * 2;
  }
  for (const [, text] of names) for (const char of text) name.u16(char.charCodeAt(0));

  const post = new Writer().u32(0x00030000).zeros(28);

  const tables: [string, Writer][] = [
    ['OS/2', os2],
    ['cmap', cmap],
    ['glyf', glyf],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', hmtx],
    ['loca', loca],
    ['maxp', maxp],
    ['name', name],
    ['post', post],
  ];
  const tableSearch = search(tables.length, 16);
  const font = new Writer()
    .u32(0x00010000)
    .u16(tables.length)
    .u16(tableSearch.range)
    .u16(tableSearch.selector)
    .u16(tableSearch.shift);
  let offset = 12 + tables.length * 16;
  for (const [tag, table] of tables) {
    font.tag(tag).u32(checksum(table.array())).u32(offset).u32(table.length);
    offset += Math.ceil(table.length / 4) * 4;
  }
  for (const [, table] of tables) {
    for (const byte of table.array()) font.u8(byte);
    font.pad4();
  }
  return new Uint8Array(font.array()).buffer;
}
