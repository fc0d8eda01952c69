import { describe, expect, it } from 'vitest';
import { csvRows, parseCsv } from './csv';

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('csvRows', () => {
  it('reads bytes in chunks: escapes, CRLF and characters split between chunks at any place stay whole', () => {
    const text = 'a,"say ""hi""",é🏃\r\n"x\r\ny",b\rc\n"z"';
    const whole = parseCsv(text);
    expect(whole).toEqual([['a', 'say "hi"', 'é🏃'], ['x\r\ny', 'b'], ['c'], ['z']]);
    const bytes = enc(text);
    for (let chunkBytes = 1; chunkBytes <= bytes.length; chunkBytes++) {
      const bounds = { maxCells: Infinity, maxCellChars: Infinity, chunkBytes };
      expect([...csvRows(bytes, bounds)]).toEqual(whole);
    }
    expect([...csvRows(enc('""'))]).toEqual([]);
  });

  it('keeps at most maxCells cells per row and maxCellChars characters per cell', () => {
    const bounds = { maxCells: 3, maxCellChars: 4 };
    expect([...csvRows('a,b,c,d,e\n123456,"abcdefg",x', bounds)]).toEqual([
      ['a', 'b', 'c'],
      ['1234', 'abcd', 'x'],
    ]);
  });

  it('gives a row at a time: a million empty rows are never held at once', () => {
    const rows = csvRows(enc('h\n' + '\n'.repeat(1_000_000)));
    expect(rows.next().value).toEqual(['h']);
    let count = 0;
    for (const row of rows) if (row.length === 1 && row[0] === '') count++;
    expect(count).toBe(1_000_000);
  });
});
