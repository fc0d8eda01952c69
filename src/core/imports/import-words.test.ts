import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../error-codes';
import { emptyCounts, type ImportCounts } from './import-counts';
import { IMPORT_WORDS, importSummary, itemsPhrase, wordsFor } from './import-words';

const counts = (c: Partial<ImportCounts>): ImportCounts => ({ ...emptyCounts(), ...c });

describe('importSummary', () => {
  it('says a damaged file once, as partly read', () => {
    expect(importSummary(counts({ recovered: 1, activities: 1 }))).toBe('1 file: partly read.');
  });

  it('lists the parts in a fixed order, each once, adding up to the files', () => {
    const c = counts({ imported: 4, recovered: 1, duplicates: 1, skipped: 2, failed: 1, activities: 5 });
    expect(importSummary(c)).toBe(
      '9 files: 4 added, 1 partly read, 1 already here, 2 with nothing to import, 1 not imported.',
    );
  });

  it('says "all" or "both" when every file ended the same way', () => {
    expect(importSummary(counts({ duplicates: 3 }))).toBe('3 files: all already here.');
    expect(importSummary(counts({ imported: 2, activities: 2 }))).toBe('2 files: both added.');
  });

  it('says the activities when files held more than one (multisport, several sessions)', () => {
    expect(importSummary(counts({ imported: 1, activities: 4 }))).toBe(
      '1 file: added. The added file holds 4 new activities, one per sport or session.',
    );
    expect(importSummary(counts({ imported: 2, duplicates: 1, activities: 5 }))).toBe(
      '3 files: 2 added, 1 already here. The added files hold 5 new activities, as some keep one per sport or session.',
    );
  });

  it('counts entries without a file apart from files, and says replacements', () => {
    const c = counts({ imported: 13, duplicates: 1, entries: 1, activities: 13, replaced: 1 });
    expect(itemsPhrase(c)).toBe('13 files and 1 entry typed in by hand');
    expect(importSummary(c)).toBe(
      '13 files and 1 entry typed in by hand: 13 added, 1 already here. 1 partly read run was replaced by a complete copy.',
    );
  });

  it('says when nothing was found', () => {
    expect(importSummary(emptyCounts())).toBe('No activity files were found.');
  });
});

describe('IMPORT_WORDS', () => {
  it('has words for every code an import says about a file, each code in the one catalogue', () => {
    for (const code of Object.keys(IMPORT_WORDS)) expect(Object.keys(ERROR_CODES)).toContain(code);
    for (const code of [
      'corrupt_file',
      'partly_read',
      'not_an_activity',
      'unknown_format',
      'limit_exceeded',
    ]) {
      expect(wordsFor(code).said.length).toBeGreaterThan(20);
    }
  });

  it('says a file saved as `recovered` (before `partly_read`) in the same words', () => {
    expect(wordsFor('recovered')).toEqual(wordsFor('partly_read'));
    expect(wordsFor('recovered').said).toMatch(/part before the damage was kept/);
  });

  it('never passes technical text through: unknown codes get a general sentence', () => {
    expect(wordsFor('parser_exploded').said).toBe('Something went wrong while reading this file.');
    expect(wordsFor('toString').said).toBe('Something went wrong while reading this file.');
    for (const words of Object.values(IMPORT_WORDS)) {
      expect(`${words.said} ${words.todo ?? ''}`).not.toMatch(/byte|offset|CRC|undefined|local type|_/);
    }
  });
});
