import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZipFile } from 'yazl';
import { DIALECTS } from '../support/databases';
import { createTestApp, ORIGIN, type TestApp } from '../support/test-app';
import { multipart } from '../support/multipart';
import { zipEntries } from '../support/zip-entries';
import { aFormCheck } from '../support/form-checks';
import type { FormCheckView } from '../../src/contract/form';

type Method = 'GET' | 'POST' | 'DELETE';

for (const dialect of DIALECTS) {
  describe(`saved form checks [${dialect}]`, () => {
    let t: TestApp;
    let cookie: string;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      cookie = (await t.register()).cookie;
    });
    afterAll(async () => t?.close());

    const send = (method: Method, url: string, payload?: object, as = cookie) =>
      t.app.inject({ method, url, headers: { cookie: as, origin: ORIGIN }, ...(payload ? { payload } : {}) });
    const save = async (body: object, as = cookie) => {
      const res = await send('POST', '/api/form-checks', body, as);
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as FormCheckView;
    };
    const paths = (res: { json(): unknown }) =>
      (res.json() as { issues: { path: string }[] }).issues.map((i) => i.path).sort();

    it('saves the numbers, lists them newest first, reads one and deletes it', async () => {
      const first = await save(aFormCheck({ recordedOn: '2026-11-20', note: ' treadmill, 10 km/h ' }));
      expect(first).toMatchObject({
        createdAt: '2026-11-26T08:00:00.000Z',
        recordedOn: '2026-11-20',
        model: 'movenet',
        clipS: 8.4,
        steps: 14,
        facing: 'right',
        cadenceSpm: { value: 164, spread: 3, band: 2 },
        overstrideLegs: { value: 0.21, spread: 0.03, band: 0.04 },
        trunkLeanDeg: { value: 6, spread: 1.5, band: 6 },
        cue: 'land_under_hips',
        cadenceTargetSpm: 172,
        note: 'treadmill, 10 km/h',
      });
      t.clock.advance(60_000);
      const second = await save(
        aFormCheck({ cadenceSpm: { value: 171.5, spread: 2, band: 2 }, cue: null, cadenceTargetSpm: null }),
      );
      expect(second).toMatchObject({ recordedOn: null, note: '', cue: null, cadenceTargetSpm: null });
      expect(second.cadenceSpm.value).toBe(171.5);

      const list = (await send('GET', '/api/form-checks')).json() as { items: FormCheckView[] };
      expect(list.items.map((c) => c.id)).toEqual([second.id, first.id]);
      const one = await send('GET', `/api/form-checks/${first.id}`);
      expect(one.statusCode).toBe(200);
      expect(one.json()).toEqual(first);

      expect((await send('DELETE', `/api/form-checks/${first.id}`)).statusCode).toBe(204);
      expect((await send('GET', `/api/form-checks/${first.id}`)).statusCode).toBe(404);
      expect((await send('DELETE', `/api/form-checks/${first.id}`)).statusCode).toBe(404);
      const after = (await send('GET', '/api/form-checks')).json() as { items: FormCheckView[] };
      expect(after.items.map((c) => c.id)).toEqual([second.id]);
    });

    it('refuses numbers no clip could give, naming each field', async () => {
      const cases: [object, string[]][] = [
        [aFormCheck({ cadenceSpm: { value: 300, spread: 2, band: 2 } }), ['body.cadenceSpm.value']],
        [aFormCheck({ cadenceSpm: { value: 59, spread: 2, band: 2 } }), ['body.cadenceSpm.value']],
        [aFormCheck({ trunkLeanDeg: { value: 61, spread: 1, band: 6 } }), ['body.trunkLeanDeg.value']],
        [aFormCheck({ shinAngleDeg: { value: -70, spread: 1, band: 6 } }), ['body.shinAngleDeg.value']],
        [
          aFormCheck({ overstrideLegs: { value: 0.2, spread: -1, band: 0.04 } }),
          ['body.overstrideLegs.spread'],
        ],
        [aFormCheck({ steps: 2.5 }), ['body.steps']],
        [aFormCheck({ clipS: 0 }), ['body.clipS']],
        [aFormCheck({ model: 'posenet' as 'movenet' }), ['body.model']],
        [aFormCheck({ facing: 'up' as 'left' }), ['body.facing']],
        [aFormCheck({ cue: 'sprint' as 'cadence' }), ['body.cue']],
        [aFormCheck({ cadenceTargetSpm: 400 }), ['body.cadenceTargetSpm']],
        [aFormCheck({ note: 'x'.repeat(501) }), ['body.note']],
        [aFormCheck({ note: 'a\u0000b' }), ['body.note']],
        [aFormCheck({ recordedOn: 'yesterday' }), ['body.recordedOn']],
        [aFormCheck({ recordedOn: '2026-12-25' }), ['body.recordedOn']],
        [{ ...aFormCheck(), video: 'AAAA' }, ['body']],
      ];
      for (const [body, expected] of cases) {
        const res = await send('POST', '/api/form-checks', body);
        expect(res.statusCode, JSON.stringify(body).slice(0, 200)).toBe(400);
        expect(paths(res), JSON.stringify(body).slice(0, 200)).toEqual(expected);
      }
      const message = (
        await send('POST', '/api/form-checks', aFormCheck({ cadenceSpm: { value: 300, spread: 2, band: 2 } }))
      ).json() as { issues: { message: string }[] };
      expect(message.issues[0]!.message).toBe('cadenceSpm.value must be at most 260 spm');
      // Tomorrow in UTC is still today somewhere: allowed.
      await save(aFormCheck({ recordedOn: '2026-11-27' }));
    });

    it('goes out in the export, comes back in an import, and an older export without them still imports', async () => {
      const runner = await t.register();
      await save(aFormCheck({ recordedOn: '2026-11-24', note: 'kept' }), runner.cookie);
      const res = await send('GET', '/api/export', undefined, runner.cookie);
      expect(res.statusCode).toBe(200);
      const entries = await zipEntries(res.rawPayload);
      const records = JSON.parse(entries.get('form-checks.json')!.toString('utf8')) as Record<
        string,
        unknown
      >[];
      expect(records).toHaveLength(1);
      expect(records[0]).toMatchObject({
        recorded_on: '2026-11-24',
        cadence_spm: 164,
        cadence_spm_band: 2,
        note: 'kept',
      });
      expect(records[0]).not.toHaveProperty('user_id');

      const bring = async (zip: Uint8Array) => {
        const fresh = await t.register();
        const form = multipart([{ name: 'export.zip', data: zip }]);
        const done = await t.app.inject({
          method: 'POST',
          url: '/api/import-account',
          headers: { cookie: fresh.cookie, origin: ORIGIN, ...form.headers },
          payload: form.payload,
        });
        return { fresh, done };
      };
      const { fresh, done } = await bring(new Uint8Array(res.rawPayload));
      expect(done.statusCode, done.body).toBe(201);
      expect(done.json()).toMatchObject({ counts: { 'form-checks': 1 } });
      const list = (await send('GET', '/api/form-checks', undefined, fresh.cookie)).json() as {
        items: FormCheckView[];
      };
      expect(list.items).toHaveLength(1);
      expect(list.items[0]).toMatchObject({ recordedOn: '2026-11-24', note: 'kept', cadenceTargetSpm: 172 });

      // An export made before form checks existed: no file, no count in the manifest.
      const older = new Map(entries);
      older.delete('form-checks.json');
      const manifest = JSON.parse(older.get('manifest.json')!.toString('utf8')) as {
        counts: Record<string, number>;
      };
      delete manifest.counts['form-checks'];
      older.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
      const oldImport = await bring(await zipOf(older));
      expect(oldImport.done.statusCode, oldImport.done.body).toBe(201);
      expect(oldImport.done.json()).toMatchObject({ counts: { 'form-checks': 0 } });

      // A file the manifest lists but the export lacks is still refused.
      const broken = new Map(entries);
      broken.delete('form-checks.json');
      const refused = await bring(await zipOf(broken));
      expect(refused.done.statusCode).toBe(422);
      expect(refused.done.json()).toMatchObject({
        code: 'export_invalid',
        message: expect.stringContaining('form-checks.json'),
      });
    });

    it('goes with the account when it is deleted', async () => {
      const runner = await t.register(undefined, 'a long enough secret');
      await save(aFormCheck(), runner.cookie);
      const gone = await send('DELETE', '/api/me', { password: 'a long enough secret' }, runner.cookie);
      expect(gone.statusCode, gone.body).toBe(204);
      const left = await t.db.store.db
        .selectFrom('form_checks')
        .select('id')
        .where('user_id', '=', runner.id)
        .execute();
      expect(left).toEqual([]);
    });
  });
}

function zipOf(entries: Map<string, Buffer>): Promise<Uint8Array> {
  const zip = new ZipFile();
  for (const [name, bytes] of entries) zip.addBuffer(bytes, name);
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    zip.outputStream.on('error', reject);
  });
}
