import { describe, expect, it } from 'vitest';
import { sniffFormat } from './detect';

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('sniffFormat', () => {
  it('tells formats from bytes, not names', () => {
    expect(sniffFormat(new Uint8Array(), 'a.fit')).toBe('empty');
    expect(sniffFormat(new Uint8Array([0x1f, 0x8b, 8, 0]), 'a.gpx')).toBe('gzip');
    expect(sniffFormat(new Uint8Array([0x50, 0x4b, 3, 4]), 'a.fit')).toBe('zip');
    expect(sniffFormat(text('\uFEFF  <?xml version="1.0"?><gpx version="1.1">'), 'a.tcx')).toBe('gpx');
    expect(sniffFormat(text('<TrainingCenterDatabase xmlns="x">'), 'a.xml')).toBe('tcx');
    const fit = new Uint8Array(14);
    fit.set(text('.FIT'), 8);
    expect(sniffFormat(fit, 'upload')).toBe('fit');
  });
  it('falls back on the extension only for unrecognised bytes', () => {
    expect(sniffFormat(text('garbage'), 'a.fit')).toBe('fit');
    expect(sniffFormat(text('garbage'), 'a.txt')).toBe('unknown');
  });
});
