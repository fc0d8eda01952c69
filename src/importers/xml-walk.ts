import { SaxesParser } from 'saxes';

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

const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/**
 * Streams `text` through saxes, calling `visitor` per element. Stops at the first error
 * (elements read so far have been visited). A DOCTYPE stops it too: no DTD, no entities.
 * @example walkXml('<gpx><trk/></gpx>', { open: (n) => console.log(n), close: () => {} })
 */
export function walkXml(text: string, visitor: XmlVisitor): XmlWalkResult {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let buffer = '';
  let failure: XmlWalkResult = { error: null, doctype: false };
  const stop = new Error('stop');
  parser.on('doctype', () => {
    failure = { error: { message: 'DOCTYPE is not accepted', offset: parser.position }, doctype: true };
    throw stop;
  });
  parser.on('error', (e) => {
    failure = { error: { message: e.message, offset: parser.position }, doctype: false };
    throw stop;
  });
  parser.on('opentag', (tag) => {
    buffer = '';
    visitor.open(localName(tag.name), tag.attributes as Record<string, string>);
  });
  parser.on('text', (t) => {
    buffer += t;
  });
  parser.on('cdata', (t) => {
    buffer += t;
  });
  parser.on('closetag', (tag) => {
    visitor.close(localName(tag.name), buffer.trim());
    buffer = '';
  });
  try {
    // Some exporters (Polar) put blanks before the XML declaration; a BOM is dropped by TextDecoder.
    parser.write(text.replace(/^[\s\uFEFF]+/, '')).close();
  } catch (error) {
    if (error !== stop) {
      failure = { error: { message: String(error), offset: parser.position }, doctype: false };
    }
  }
  return failure;
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
