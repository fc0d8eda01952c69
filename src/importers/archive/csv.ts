import { utf8Pieces } from '../xml-walk';

/**
 * RFC 4180 CSV: quoted fields with "" escapes, commas and line breaks inside quotes, CRLF or LF,
 * a leading BOM. Lenient where exports are sloppy: a stray quote inside an unquoted field is kept.
 * @example parseCsv('a,b\n"x, y","say ""hi"""\n') // [['a', 'b'], ['x, y', 'say "hi"']]
 */
export function parseCsv(text: string): string[][] {
  return [...csvRows(text)];
}

export interface CsvBounds {
  /** Cells kept per row; later ones are dropped. */
  maxCells: number;
  /** Characters kept per cell; the rest of a longer one is dropped. */
  maxCellChars: number;
  /** Bytes decoded at a time. Default 1 MiB. */
  chunkBytes?: number;
}

const UNBOUNDED: CsvBounds = { maxCells: Infinity, maxCellChars: Infinity };

/**
 * The rows of `input` (text, or UTF-8 bytes decoded a megabyte at a time) one at a time, so a reader
 * keeps only what it needs: a hostile file of millions of rows or cells, or one endless cell, never
 * becomes millions of arrays or one giant string.
 * @example for (const row of csvRows(bytes, { maxCells: 1000, maxCellChars: 65536 })) console.log(row[0]);
 */
export function* csvRows(input: string | Uint8Array, bounds: CsvBounds = UNBOUNDED): Generator<string[]> {
  const { maxCells, maxCellChars } = bounds;
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let quoteInQuoted = false; // a '"' inside quotes: an escape if the next char is '"' too
  let carriageReturn = false; // a '\r' outside quotes: ends the row, with or without a '\n' after it
  let first = true;
  const append = (c: string): void => {
    if (field.length < maxCellChars) field += c;
  };
  const endField = (): void => {
    if (row.length < maxCells) row.push(field);
    field = '';
  };
  for (const chunk of chunks(input, bounds.chunkBytes ?? 1024 * 1024)) {
    let i = 0;
    if (first && chunk.charCodeAt(0) === 0xfeff) i = 1;
    first = false;
    for (; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (carriageReturn) {
        carriageReturn = false;
        if (c === '\n') continue;
      }
      if (quoteInQuoted) {
        quoteInQuoted = false;
        if (c === '"') {
          append('"');
          continue;
        }
        quoted = false;
      }
      if (quoted) {
        if (c === '"') quoteInQuoted = true;
        else append(c);
        continue;
      }
      if (c === '"' && field === '') quoted = true;
      else if (c === ',') endField();
      else if (c === '\n' || c === '\r') {
        carriageReturn = c === '\r';
        endField();
        yield row;
        row = [];
      } else append(c);
    }
  }
  if (quoteInQuoted) quoted = false; // the closing quote was the last character
  if (field !== '' || row.length > 0 || quoted) {
    endField();
    yield row;
  }
}

function* chunks(input: string | Uint8Array, size: number): Generator<string> {
  if (typeof input === 'string') yield input;
  else yield* utf8Pieces(input, size);
}
