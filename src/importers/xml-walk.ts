import { SaxesParser } from 'saxes';
import { DecodeLimitError, DEFAULT_DECODE_LIMITS, type DecodeLimits } from './decode-limits';

/** What a format reader sees: element local names (prefix dropped), attributes, leaf text. */
export interface XmlVisitor {
  open(name: string, attributes: Record<string, string>): void;
  /** `text` is the element's own text (trimmed), empty for containers. */
  close(name: string, text: string): void;
}

export interface XmlWalkResult {
  /** The first parse error ("unclosed tag", DOCTYPE rejected...) and where it happened. */
  error: { message: string; offset: number } | null;
  /** True when the error was a DOCTYPE (rejected before anything else is read). */
  doctype: boolean;
}

/** The XML limits a walk enforces. */
export type XmlLimits = Pick<
  DecodeLimits,
  'maxXmlDepth' | 'maxXmlElements' | 'maxXmlAttributes' | 'maxXmlTextChars'
>;

const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** Bytes decoded per write: the parser never holds more than this much unread text. */
const CHUNK_BYTES = 1024 * 1024;

/** The runs saxes accumulates until they end (text, comment, attribute value; tag or attribute name). */
interface SaxesRuns {
  text?: unknown;
  name?: unknown;
  piTarget?: unknown;
}

/**
 * Streams `input` (text, or UTF-8 bytes decoded a megabyte at a time) through saxes, calling `visitor`
 * per element. Stops at the first error (elements read so far have been visited). A DOCTYPE stops it
 * too: no DTD, no entities. Passing a limit (nesting depth, element count, attributes per element, the
 * length of one text, attribute value, comment or name) throws `DecodeLimitError` as soon as it is seen,
 * so a hostile document is refused after at most one chunk beyond the limit.
 * @example walkXml('<gpx><trk/></gpx>', { open: (n) => console.log(n), close: () => {} })
 */
export function walkXml(
  input: string | Uint8Array,
  visitor: XmlVisitor,
  limits: XmlLimits = DEFAULT_DECODE_LIMITS,
): XmlWalkResult {
  const { maxXmlDepth, maxXmlElements, maxXmlAttributes, maxXmlTextChars } = limits;
  const parser = new SaxesParser({ xmlns: false, position: true });
  let buffer = '';
  let depth = 0;
  let elements = 0;
  let attributes = 0;
  let failure: XmlWalkResult = { error: null, doctype: false };
  const stop = new Error('stop');
  // saxes's position is right inside a write; between writes and in close() it counts the last chunk
  // twice, so there the offset is the count of characters written.
  let written = 0;
  let between = false;
  const position = (): number => (between ? written : parser.position);
  const at = (): string => ` at char ${position()}`;
  const tooLong = (what: string, length: number): void => {
    if (length > maxXmlTextChars) {
      throw new DecodeLimitError('maxXmlTextChars', maxXmlTextChars, `${what} longer than that${at()}`);
    }
  };
  parser.on('doctype', () => {
    failure = { error: { message: 'DOCTYPE is not accepted', offset: position() }, doctype: true };
    throw stop;
  });
  parser.on('error', (e) => {
    failure = { error: { message: e.message, offset: position() }, doctype: false };
    throw stop;
  });
  parser.on('attribute', (attr) => {
    if (++attributes > maxXmlAttributes) {
      throw new DecodeLimitError(
        'maxXmlAttributes',
        maxXmlAttributes,
        `an element with more attributes${at()}`,
      );
    }
    tooLong('an attribute value', attr.value.length);
  });
  parser.on('opentag', (tag) => {
    attributes = 0;
    if (++depth > maxXmlDepth) {
      throw new DecodeLimitError('maxXmlDepth', maxXmlDepth, `elements nested deeper${at()}`);
    }
    if (++elements > maxXmlElements) {
      throw new DecodeLimitError('maxXmlElements', maxXmlElements, `more elements${at()}`);
    }
    buffer = '';
    visitor.open(localName(tag.name), tag.attributes as Record<string, string>);
  });
  parser.on('text', (t) => {
    buffer += t;
    tooLong('a text', buffer.length);
  });
  parser.on('cdata', (t) => {
    buffer += t;
    tooLong('a text', buffer.length);
  });
  parser.on('closetag', (tag) => {
    depth--;
    visitor.close(localName(tag.name), buffer.trim());
    buffer = '';
  });
  const runs = parser as unknown as SaxesRuns;
  const runLength = (run: unknown): number => (typeof run === 'string' ? run.length : 0);
  try {
    for (const chunk of textChunks(input)) {
      between = false;
      parser.write(chunk);
      written += chunk.length;
      between = true;
      // A run without an end (a 100 MB comment) is only seen here, before the next chunk grows it.
      tooLong(
        'a text, comment or name',
        Math.max(runLength(runs.text), runLength(runs.name), runLength(runs.piTarget)),
      );
    }
    between = true;
    parser.close();
  } catch (error) {
    if (error instanceof DecodeLimitError) throw error;
    if (error !== stop) {
      failure = { error: { message: String(error), offset: position() }, doctype: false };
    }
  }
  return failure;
}

/**
 * The document in pieces of about a megabyte. Blanks before the first tag are dropped (some exporters,
 * Polar, put them before the XML declaration); a BOM is dropped too.
 */
function* textChunks(input: string | Uint8Array): Generator<string> {
  let leading = true;
  const strip = (chunk: string): string => {
    if (!leading) return chunk;
    const rest = chunk.replace(/^[\s\uFEFF]+/, '');
    leading = rest === '';
    return rest;
  };
  if (typeof input === 'string') {
    for (let i = 0; i < input.length; i += CHUNK_BYTES) {
      const chunk = strip(input.slice(i, i + CHUNK_BYTES));
      if (chunk !== '') yield chunk;
    }
    return;
  }
  for (const piece of utf8Pieces(input, CHUNK_BYTES)) {
    const chunk = strip(piece);
    if (chunk !== '') yield chunk;
  }
}

// One-shot decoding takes Node's fast UTF-8 path; a streaming TextDecoder does not (10% slower here).
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * `bytes` decoded in pieces of about `size` bytes, each cut before a character's first byte (never
 * inside one), so every piece decodes on its own.
 * @example [...utf8Pieces(new TextEncoder().encode('añb'), 2)] // ['a', 'ñb']
 */
export function* utf8Pieces(bytes: Uint8Array, size: number): Generator<string> {
  const continues = (at: number): boolean => at < bytes.length && ((bytes[at] as number) & 0xc0) === 0x80;
  for (let i = 0; i < bytes.length;) {
    let end = Math.min(bytes.length, i + size);
    // Back off over continuation bytes (10xxxxxx, at most 3 in valid UTF-8); a piece smaller than one
    // character takes the whole character instead.
    let back = end;
    while (back > i && end - back < 3 && continues(back)) back--;
    if (back > i && !continues(back)) end = back;
    else for (let k = 0; k < 3 && continues(end); k++) end++; // never more: invalid runs are cut anywhere
    yield UTF8.decode(bytes.subarray(i, end));
    i = end;
  }
}

/**
 * Parses an XML timestamp as UTC milliseconds; one without a zone is taken as UTC.
 * @example parseXmlTime('2015-01-19T21:24:20Z') // 1421702660000
 */
export function parseXmlTime(text: string): number {
  const zoned = /(?:Z|[+-]\d\d:?\d\d)$/i.test(text) ? text : `${text}Z`;
  return Date.parse(zoned);
}

/** `Number(text)` that is NaN for empty text instead of 0. */
export const xmlNumber = (text: string | undefined): number =>
  text === undefined || text.trim() === '' ? NaN : Number(text);

/** Converters write 0 or 255 for "no reading": keep only values a heart can have. */
export const plausibleHeartRate = (bpm: number): number => (bpm >= 20 && bpm <= 250 ? bpm : NaN);
