import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { corpusEntries, CORPUS_AVAILABLE, CORPUS_DIR } from '../../../test/support/importers/corpus';
import { underReportedZip } from '../../../test/support/importers/hostile';
import { gpxRun } from '../../../test/support/importers/synthetic';
import { writeZip } from '../../../test/support/importers/zip-writer';

async function run(args: string[], cwd = CORPUS_DIR): Promise<{ code: number; out: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  const code = await main(['node', 'backstride', ...args], {
    stdin: new PassThrough(),
    stdout,
    stderr,
    env: {},
    cwd,
  });
  return { code, out };
}

describe.skipIf(!CORPUS_AVAILABLE)('backstride inspect', () => {
  it('prints one JSON line per activity and exits 0 even when a file fails', async () => {
    const { code, out } = await run([
      'inspect',
      'fr945-treadmill-run.fit',
      'malformed/empty.fit',
      'fr920xt-triathlon-chained.fit',
      '--json',
    ]);
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatchObject({
      file: 'fr945-treadmill-run.fit',
      ok: true,
      format: 'fit',
      sport: 'running',
      subSport: 'treadmill',
      indoor: true,
      samples: 3101,
      recovered: null,
    });
    expect(lines[1]).toMatchObject({ ok: false, error: { code: 'empty_file', offset: 0 } });
  });
  it('prints a readable line without --json', async () => {
    const { out } = await run(['inspect', 'fr110-run-5laps.fit']);
    expect(out).toMatch(/fr110-run-5laps\.fit {2}fit {2}running\/generic .* 4\.84 km {2}0:43:45/);
  });
  it('inspects export zips: one line per activity, manual entry and failed member', async () => {
    const { code, out } = await run([
      'inspect',
      'strava-style-export.zip',
      'garmin-style-export.zip',
      '--json',
    ]);
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; ok: boolean; manual?: true; error?: { code: string } });
    const strava = lines.filter((l) => l.file.startsWith('strava-style-export.zip!'));
    expect(strava).toHaveLength(14);
    expect(strava.filter((l) => l.manual)).toHaveLength(1);
    expect(strava).toContainEqual(
      expect.objectContaining({
        file: 'strava-style-export.zip!activities/1000000101.fit.gz',
        ok: true,
        sport: 'running',
        meta: expect.objectContaining({ name: 'Morning Run', stravaType: 'Run' }),
      }),
    );
    const garmin = lines.filter((l) => l.file.startsWith('garmin-style-export.zip!'));
    expect(garmin.filter((l) => l.error?.code === 'not_an_activity').map((l) => l.file)).toEqual([
      'garmin-style-export.zip!DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip!10294400001.fit',
      'garmin-style-export.zip!DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip!10294400002.fit',
    ]);
  });
  it('inspects a folder recursively, every file named by its path', async () => {
    const { out } = await run(['inspect', 'malformed', '--json']);
    const files = new Set(
      out
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { file: string }).file),
    );
    const expected = corpusEntries()
      .filter((e) => e.malformed)
      .map((e) => e.file);
    expect([...files].sort()).toEqual(expected.sort());
  });
  it('prints readable lines for archive members and manual entries', async () => {
    const { out } = await run(['inspect', 'strava-style-export.zip']);
    expect(out).toMatch(
      /strava-style-export\.zip!activities\/1000000138\.fit\.gz {2}fit {2}running\/generic .* "Lunch Run"/,
    );
    expect(out).toMatch(/activities\.csv#1000000582 {2}MANUAL Run .* "Manual entry: gym treadmill"/);
  });
});

describe('backstride inspect on archives that hold nothing it can list', () => {
  it('prints a line for a zip whose end record under-reports its entries, and for an empty zip', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'backstride-inspect-'));
    try {
      const entries = [1, 2].map((d) => ({ name: `${d}.gpx`, data: gpxRun(`2021-06-0${d}T07:00:00Z`) }));
      await writeFile(join(dir, 'hidden.zip'), underReportedZip(entries, 0));
      await writeFile(join(dir, 'empty.zip'), writeZip([{ name: 'notes.txt', data: 'hello' }]));
      const { code, out } = await run(['inspect', 'hidden.zip', 'empty.zip'], dir);
      expect(code).toBe(0);
      expect(out.trim().split('\n')).toEqual([
        expect.stringMatching(
          /^hidden\.zip {2}FAILED entry_count_mismatch: hidden\.zip: its end record lists 0 entries, but the archive holds more/,
        ),
        'empty.zip  FAILED not_an_activity: empty.zip holds no activity file (1 other file passed over)',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
