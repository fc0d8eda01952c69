import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases';
import { createTestApp, ORIGIN, type TestApp } from '../support/test-app';
import { allRedFlagsNo } from '../support/checkins';

const NOW = '2026-11-26T08:00:00.000Z';

for (const dialect of DIALECTS) {
  describe(`hostile values in request bodies [${dialect}]`, () => {
    let t: TestApp;
    let cookie: string;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      ({ cookie } = await t.register());
    });
    afterAll(async () => t?.close());

    const send = (method: 'POST' | 'PATCH', url: string, payload: object | string, withCookie = true) =>
      t.app.inject({
        method,
        url,
        headers: {
          origin: ORIGIN,
          'content-type': 'application/json',
          ...(withCookie ? { cookie } : {}),
        },
        payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
      });
    /** The paths of the issues of a refused request, after checking it was refused as invalid. */
    const refused = async (res: Awaited<ReturnType<typeof send>>) => {
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().code).toBe('validation_failed');
      return [...new Set(res.json().issues.map((i: { path: string }) => i.path))].sort();
    };
    const run = { startTime: '2026-11-20T07:30:00Z', distanceM: 8000, elapsedS: 2700, indoor: false };
    const runCount = async () => (await t.app.inject({ url: '/api/runs', headers: { cookie } })).json().total;

    it('refuses a run in year 0, before 1990, or more than a day ahead, naming startTime', async () => {
      // Before: year 0 was stored (201).
      for (const startTime of ['0000-01-01T00:00:00Z', '1989-12-31T23:59:59Z', '+275760-09-13T00:00:00Z'])
        expect(await refused(await send('POST', '/api/runs', { ...run, startTime })), startTime).toEqual([
          'body.startTime',
        ]);
      const ahead = await send('POST', '/api/runs', { ...run, startTime: '2026-11-27T08:00:01Z' });
      expect(await refused(ahead)).toEqual(['body.startTime']);
      expect(ahead.json().issues[0].message).toMatch(/in the future/);
      expect(
        (await send('POST', '/api/runs', { ...run, startTime: '1990-01-01T00:00:00Z' })).statusCode,
      ).toBe(201);
      expect(
        (await send('POST', '/api/runs', { ...run, startTime: '2026-11-27T08:00:00Z' })).statusCode,
      ).toBe(201);
      expect(t.clock.now().toISOString()).toBe(NOW);
    });

    it('refuses numbers no run has, such as 1e308, and a pace faster than anyone runs', async () => {
      const before = await runCount();
      const raw = (field: string, value: string) =>
        send(
          'POST',
          '/api/runs',
          JSON.stringify({ ...run, [field]: 0 }).replace(`"${field}":0`, `"${field}":${value}`),
        );
      expect(await refused(await raw('distanceM', '1e308'))).toEqual(['body.distanceM']);
      expect(await refused(await raw('distanceM', '-1e-9'))).toEqual(['body.distanceM']);
      expect(await refused(await raw('distanceM', '0'))).toEqual(['body.distanceM']);
      expect(await refused(await raw('elapsedS', '1e308'))).toEqual(['body.elapsedS']);
      expect(await refused(await raw('elapsedS', '604801'))).toEqual(['body.elapsedS']);
      const fast = await send('POST', '/api/runs', { ...run, distanceM: 1_000_000, elapsedS: 3600 });
      expect(await refused(fast)).toEqual(['body.elapsedS']);
      expect(fast.json().issues[0].message).toMatch(/faster than anyone runs/);
      expect(await runCount()).toBe(before);
      // The longest plausible effort still goes in.
      const ultra = await send('POST', '/api/runs', { ...run, distanceM: 1_000_000, elapsedS: 604_800 });
      expect(ultra.statusCode).toBe(201);
    });

    it('refuses NUL, other control characters and lone surrogates in names and shoes', async () => {
      // Before: a NUL in a name was stored on SQLite (201) and broke PostgreSQL (500).
      expect(await refused(await send('POST', '/api/runs', { ...run, name: 'Easy\u0000run' }))).toEqual([
        'body.name',
      ]);
      expect(await refused(await send('POST', '/api/shoes', { brand: 'Ghost \ud800' }))).toEqual([
        'body.brand',
      ]);
      expect(await refused(await send('POST', '/api/runs', { ...run, shoeId: 'x y' }))).toEqual([
        'body.shoeId',
      ]);
      const created = await send('POST', '/api/runs', { ...run, name: '  Tempo 🏃 ' });
      expect(created.json().name).toBe('Tempo 🏃');
      const id = created.json().id;
      const patch = await send('PATCH', `/api/runs/${id}`, { name: 'line\nbreak', note: 'x\u0085' });
      expect(await refused(patch)).toEqual(['body.name', 'body.note']);
      expect(patch.json().issues).toContainEqual({
        path: 'body.name',
        message: 'name holds a control character (such as NUL, a tab or a line break)',
      });
    });

    it('bounds the run list’s paging', async () => {
      for (const q of ['offset=1e308', 'offset=-1', 'offset=10000001', 'limit=0', 'limit=1001', 'limit=1.5'])
        expect((await t.app.inject({ url: `/api/runs?${q}`, headers: { cookie } })).statusCode, q).toBe(400);
      expect((await t.app.inject({ url: '/api/runs?offset=10000000', headers: { cookie } })).statusCode).toBe(
        200,
      );
    });

    it('refuses control characters and lone surrogates in emails, passwords and reset tokens', async () => {
      const register = (email: string, password: string) =>
        send('POST', '/api/auth/register', { email, password }, false);
      expect(await refused(await register('nul\u0000@example.com', 'a long enough secret'))).toEqual([
        'body.email',
      ]);
      expect(await refused(await register('ok@example.com', 'a long\u0000enough secret'))).toEqual([
        'body.password',
      ]);
      expect(await refused(await register('ok@example.com', 'a long enough \udc00'))).toEqual([
        'body.password',
      ]);
      const login = await send(
        'POST',
        '/api/auth/login',
        { email: 'ok@example.com', password: 'tab\there' },
        false,
      );
      expect(await refused(login)).toEqual(['body.password']);
      const confirm = await send(
        'POST',
        '/api/auth/password-reset/confirm',
        { token: 'abc\u0000', password: 'a long enough secret' },
        false,
      );
      expect(await refused(confirm)).toEqual(['body.token']);
      // Spaces and accents are a password's own business.
      expect((await register('ok@example.com', ' éèê ñ  secret ')).statusCode).toBe(201);
    });
  });

  describe(`check-ins: what the API requires, as the web does [${dialect}]`, () => {
    let t: TestApp;
    let cookie: string;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      ({ cookie } = await t.register());
    });
    afterAll(async () => t?.close());

    const post = (payload: object | string) => {
      t.clock.advance(60_000);
      return t.app.inject({
        method: 'POST',
        url: '/api/checkins',
        headers: { cookie, origin: ORIGIN, 'content-type': 'application/json' },
        payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
      });
    };
    const withoutPain = allRedFlagsNo('F', 34).filter(
      (f) => f.code !== 'pain_score_0_10' && f.code !== 'pain_duration_days',
    );

    it('refuses a check-in with every warning sign answered No but no pain score or days (422, naming both)', async () => {
      const res = await post({ age: 34, sex: 'F', findings: withoutPain });
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('checkin_incomplete');
      expect(
        res
          .json()
          .issues.map((i: { path: string }) => i.path)
          .sort(),
      ).toEqual(['body.findings.pain_duration_days', 'body.findings.pain_score_0_10']);
      const onlyScore = await post({
        age: 34,
        sex: 'F',
        findings: [...withoutPain, { code: 'pain_score_0_10', value: 4 }],
      });
      expect(onlyScore.statusCode).toBe(422);
      expect(onlyScore.json().issues).toEqual([
        { path: 'body.findings.pain_duration_days', message: 'required question not answered' },
      ]);
      const list = await t.app.inject({ url: '/api/checkins', headers: { cookie } });
      expect(list.json().items).toEqual([]);
    });

    it('stores one without pain score or days when the answers already give an emergency', async () => {
      const findings = withoutPain.map((f) => (f.code === 'saddle_numbness' ? { ...f, value: true } : f));
      const res = await post({ age: 34, sex: 'F', findings });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ painScore: null, result: { urgency: 'emergency' } });
    });

    it('refuses an age or a number finding of 1e308, and a finding value of the wrong kind', async () => {
      const body = (age: string, value: string) =>
        `{"age":${age},"sex":"F","findings":[{"code":"pain_score_0_10","value":${value}}]}`;
      const age = await post(body('1e308', '4'));
      expect(age.statusCode).toBe(400);
      expect(age.json().issues.map((i: { path: string }) => i.path)).toContain('body.age');
      const score = await post(body('34', '1e308'));
      expect(score.statusCode).toBe(400);
      expect(score.json().issues.map((i: { path: string }) => i.path)).toEqual(['body.findings.0.value']);
      expect((await post(body('34', '"\\u0000"'))).statusCode).toBe(400);
    });
  });
}
