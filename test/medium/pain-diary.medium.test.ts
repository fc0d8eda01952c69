import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases';
import { createTestApp, ORIGIN, type TestApp } from '../support/test-app';
import { mechanicalCheckin } from '../support/checkins';
import type { PainEntryView, PainEscalation } from '../../src/contract/pain';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

for (const dialect of DIALECTS) {
  describe(`pain diary [${dialect}]`, () => {
    let t: TestApp;
    let cookie: string;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      cookie = (await t.register()).cookie;
    });
    afterAll(async () => t?.close());

    const send = (method: Method, url: string, payload?: object, as = cookie) =>
      t.app.inject({ method, url, headers: { cookie: as, origin: ORIGIN }, ...(payload ? { payload } : {}) });
    const add = async (body: object, as = cookie) => {
      const res = await send('POST', '/api/pain', body, as);
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as PainEntryView;
    };
    const paths = (res: { json(): unknown }) =>
      (res.json() as { issues: { path: string }[] }).issues.map((i) => i.path).sort();

    it('adds entries (now by default), lists them newest first by range, edits and deletes', async () => {
      const first = await add({
        at: '2026-11-20T07:30:00+01:00',
        score: 5,
        areas: ['low_back_left', 'buttock_left', 'low_back_left'],
        when: 'during_run',
        worsenedBy: ['running'],
        note: ' tight after the hills ',
      });
      expect(first).toMatchObject({
        at: '2026-11-20T06:30:00.000Z',
        areas: ['low_back_left', 'buttock_left'],
        note: 'tight after the hills',
        easedBy: [],
      });
      const second = await add({ score: 2, when: 'at_rest', easedBy: ['moving'] });
      expect(second.at).toBe('2026-11-26T08:00:00.000Z');
      const all = (await send('GET', '/api/pain')).json() as { items: PainEntryView[] };
      expect(all.items.map((e) => e.id)).toEqual([second.id, first.id]);
      const ranged = await send('GET', '/api/pain?from=2026-11-19T00:00:00Z&to=2026-11-21T00:00:00Z');
      expect((ranged.json() as { items: PainEntryView[] }).items.map((e) => e.id)).toEqual([first.id]);

      t.clock.advance(60_000);
      const edited = await send('PATCH', `/api/pain/${first.id}`, { score: 6, areas: ['thigh_left'] });
      expect(edited.statusCode).toBe(200);
      expect(edited.json()).toMatchObject({
        score: 6,
        areas: ['thigh_left'],
        when: 'during_run',
        note: 'tight after the hills',
      });
      expect((edited.json() as PainEntryView).updatedAt > first.updatedAt).toBe(true);
      expect((await send('GET', `/api/pain/${first.id}`)).json()).toEqual(edited.json());

      expect((await send('DELETE', `/api/pain/${first.id}`)).statusCode).toBe(204);
      expect((await send('GET', `/api/pain/${first.id}`)).statusCode).toBe(404);
      expect((await send('DELETE', `/api/pain/${first.id}`)).statusCode).toBe(404);
    });

    it('names the field of each refused value', async () => {
      const base = { score: 3, when: 'at_rest' };
      const cases: [object, string[]][] = [
        [{ ...base, score: 11 }, ['body.score']],
        [{ ...base, score: 2.5 }, ['body.score']],
        [{ ...base, when: 'at_work' }, ['body.when']],
        [{ ...base, areas: ['knee'] }, ['body.areas.0']],
        [{ ...base, easedBy: ['rest', 'beer'] }, ['body.easedBy.1']],
        [{ ...base, note: 'x'.repeat(501) }, ['body.note']],
        [{ ...base, at: 'yesterday' }, ['body.at']],
        [{ ...base, at: '2026-11-26T09:00:00Z' }, ['body.at']],
        [{ ...base, colour: 'red' }, ['body']],
        [{ when: 'at_rest' }, ['body.score']],
      ];
      for (const [body, expected] of cases) {
        const res = await send('POST', '/api/pain', body);
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
        expect(paths(res), JSON.stringify(body)).toEqual(expected);
      }
      expect((await send('POST', '/api/pain', { ...base, note: 'x'.repeat(500) })).statusCode).toBe(201);
      const entry = await add(base);
      expect(paths(await send('PATCH', `/api/pain/${entry.id}`, { score: -1 }))).toEqual(['body.score']);
      expect(paths(await send('GET', '/api/pain?from=soon'))).toEqual(['querystring.from']);
    });

    it("hides one runner's entries from another", async () => {
      const other = (await t.register()).cookie;
      const mine = await add({ score: 7, when: 'at_night', note: 'private words' });
      expect((await send('GET', `/api/pain/${mine.id}`, undefined, other)).statusCode).toBe(404);
      expect((await send('PATCH', `/api/pain/${mine.id}`, { score: 1 }, other)).statusCode).toBe(404);
      expect((await send('DELETE', `/api/pain/${mine.id}`, undefined, other)).statusCode).toBe(404);
      expect((await send('GET', '/api/pain', undefined, other)).json()).toEqual({ items: [] });
      expect((await send('GET', `/api/pain/${mine.id}`)).json()).toMatchObject({ score: 7 });
    });
  });

  describe(`pain diary escalation and re-check [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(async () => t?.close());

    it('feeds the diary to the re-check suggestion on the check-ins and the dashboard', async () => {
      const { cookie } = await t.register();
      const headers = { cookie, origin: ORIGIN };
      const checkin = await t.app.inject({
        method: 'POST',
        url: '/api/checkins',
        headers,
        payload: mechanicalCheckin({ painScore: 3 }),
      });
      expect(checkin.statusCode).toBe(201);
      const due = async () => ({
        checkins: (await t.app.inject({ url: '/api/checkins', headers })).json().recheck.reason,
        dashboard: (await t.app.inject({ url: '/api/dashboard', headers })).json().checkinDue.reason,
      });
      expect(await due()).toEqual({ checkins: null, dashboard: null });
      t.clock.advance(3_600_000);
      const mild = await t.app.inject({
        method: 'POST',
        url: '/api/pain',
        headers,
        payload: { score: 4, when: 'at_rest' },
      });
      expect(mild.statusCode).toBe(201);
      expect(await due()).toEqual({ checkins: null, dashboard: null });
      const risen = await t.app.inject({
        method: 'POST',
        url: '/api/pain',
        headers,
        payload: { score: 5, when: 'after_run' },
      });
      expect(risen.statusCode).toBe(201);
      // The dashboard was cached a moment ago: the new entry moved the data version on.
      expect(await due()).toEqual({ checkins: 'pain_rose', dashboard: 'pain_rose' });
    });

    it('escalates on a rise lasting over a week and on pain that rest does not ease, naming the entries', async () => {
      const { cookie } = await t.register();
      const headers = { cookie, origin: ORIGIN };
      t.clock.set('2026-11-01T08:00:00Z');
      await t.app.inject({
        method: 'POST',
        url: '/api/checkins',
        headers,
        payload: mechanicalCheckin({ painScore: 2 }),
      });
      const escalation = async () =>
        (
          await t.app.inject({ url: '/api/pain/escalation?timeZone=Europe/Paris', headers })
        ).json() as PainEscalation;
      expect(await escalation()).toMatchObject({ triggers: [], lastCheckin: { painScore: 2 } });
      t.clock.set('2026-11-12T20:00:00Z');
      const ids: string[] = [];
      for (let day = 2; day <= 8; day++) {
        const at = `2026-11-${String(day).padStart(2, '0')}T18:00:00Z`;
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/pain',
          headers,
          payload: {
            at,
            score: day === 2 || day === 8 ? 5 : 4,
            when: 'at_rest',
            areas: ['low_back_central'],
          },
        });
        ids.push(res.json().id as string);
      }
      const six = await escalation();
      expect(six.triggers.map((x) => x.code)).toEqual(['not_easing']);
      expect(six.triggers[0]!.entryIds).toEqual(ids);
      expect(six.triggers[0]!.tellThem.join(' ')).toContain('middle of the low back');
      // 2 to 8 November is 6 days after the first: one more raised day makes more than a week.
      await t.app.inject({
        method: 'POST',
        url: '/api/pain',
        headers,
        payload: { at: '2026-11-10T18:00:00Z', score: 4, when: 'at_rest' },
      });
      const both = await escalation();
      expect(both.triggers.map((x) => x.code)).toEqual(['not_easing', 'pain_rise']);
      expect(both.triggers[1]!.entryIds).toHaveLength(8);
      expect(both.triggers[1]!.message).toMatch(/physiotherapist/);
      // A new check-in starts the count again.
      await t.app.inject({
        method: 'POST',
        url: '/api/checkins',
        headers,
        payload: mechanicalCheckin({ painScore: 4 }),
      });
      expect((await escalation()).triggers).toEqual([]);
    });
  });
}
