import { describe, expect, it } from 'vitest';
import { defaultImportSettings } from '../app/import-settings';
import { resolveImportSettings } from './import-settings';

describe('import settings', () => {
  it('decodes on every CPU, with at most 4 and at least 1 decode thread', () => {
    expect(defaultImportSettings(1).decodeThreads).toBe(1);
    expect(defaultImportSettings(2).decodeThreads).toBe(2);
    expect(defaultImportSettings(3).decodeThreads).toBe(3);
    expect(defaultImportSettings(5).decodeThreads).toBe(4);
    expect(defaultImportSettings(64).decodeThreads).toBe(4);
  });

  it('reads each variable, in seconds for the time budgets', () => {
    const s = resolveImportSettings(
      {
        BACKSTRIDE_DECODE_THREADS: '3',
        BACKSTRIDE_DECODE_MEMORY_MB: '512',
        BACKSTRIDE_FILE_TIMEOUT_S: '2.5',
        BACKSTRIDE_IMPORT_TIMEOUT_S: '600',
        BACKSTRIDE_IMPORTS_AT_ONCE: '4',
      },
      8,
    );
    expect(s).toEqual({
      decodeThreads: 3,
      decodeMemoryMb: 512,
      fileTimeoutMs: 2_500,
      importTimeoutMs: 600_000,
      importsAtOnce: 4,
    });
    expect(resolveImportSettings({}, 8)).toEqual(defaultImportSettings(8));
  });

  it('refuses values that make no sense, naming the variable', () => {
    expect(() => resolveImportSettings({ BACKSTRIDE_DECODE_THREADS: '0' })).toThrow(
      /BACKSTRIDE_DECODE_THREADS/,
    );
    expect(() => resolveImportSettings({ BACKSTRIDE_DECODE_MEMORY_MB: '8' })).toThrow(/from 16/);
    expect(() => resolveImportSettings({ BACKSTRIDE_FILE_TIMEOUT_S: '-1' })).toThrow(
      /BACKSTRIDE_FILE_TIMEOUT_S/,
    );
    expect(() => resolveImportSettings({ BACKSTRIDE_IMPORT_TIMEOUT_S: 'soon' })).toThrow(/positive number/);
    expect(() => resolveImportSettings({ BACKSTRIDE_IMPORTS_AT_ONCE: '1.5' })).toThrow(/whole number/);
  });
});
