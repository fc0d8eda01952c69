import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases';
import { createTestApp, ORIGIN, type TestApp } from '../support/test-app';
import { mechanicalCheckin } from '../support/checkins';
import { multipart } from '../support/multipart';
import { gpxRun } from '../support/importers/synthetic';
import { aFormCheck } from '../support/form-checks';

type User = Awaited<ReturnType<TestApp['register']>>;

/**
 * How user A fills each kind of resource, returning the id to aim at for routes with `:id`
 * under that path. Every private route with a parameter must find an entry here, so a new
 * resource cannot ship without being tested for isolation.
 */
const SEEDERS: Record<string, (t: TestApp, a: User) => Promise<string | null>> = {
  '/api/settings': async (t, a) => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/settings',
      headers: { cookie: a.cookie, origin: ORIGIN },
      payload: { units: 'mi' },
    });
    expect(res.statusCode).toBe(200);
    return null;
  },
  '/api/checkins': async (t, a) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/checkins',
      headers: { cookie: a.cookie, origin: ORIGIN },
      payload: mechanicalCheckin(),
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  },
  '/api/runs': async (t, a) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/runs',
      headers: { cookie: a.cookie, origin: ORIGIN },
      payload: {
        startTime: '2026-11-20T07:00:00Z',
        distanceM: 5000,
        elapsedS: 1700,
        indoor: false,
      },
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  },
  '/api/imports': async (t, a) => {
    const body = multipart([
      { name: 'owner-run.gpx', data: new TextEncoder().encode(gpxRun('2026-11-18T07:00:00Z', 20)) },
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/imports',
      headers: { cookie: a.cookie, origin: ORIGIN, ...body.headers },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(202);
    await t.app.importJobs.idle();
    return res.json().id as string;
  },
  '/api/shoes': async (t, a) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/shoes',
      headers: { cookie: a.cookie, origin: ORIGIN },
      payload: { brand: 'secret-shoe', model: 'Hidden', defaultFor: 'running' },
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  },
  '/api/plans': async (t, a) => {
    const headers = { cookie: a.cookie, origin: ORIGIN };
    await t.app.inject({ method: 'POST', url: '/api/checkins', headers, payload: mechanicalCheckin() });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/plans',
      headers,
      payload: { runsPerWeek: 3, startDate: '2026-11-23', timeZone: 'UTC' },
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  },
  '/api/pain': async (t, a) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/pain',
      headers: { cookie: a.cookie, origin: ORIGIN },
      payload: { score: 5, areas: ['buttock_right'], when: 'at_night', note: 'secret-pain-note' },
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  },
  '/api/shares': async (t, a) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/shares',
      headers: { cookie: a.cookie, origin: ORIGIN },
      payload: { label: 'secret-physio', timeZone: 'UTC' },
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  },
  '/api/form-checks': async (t, a) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/form-checks',
      headers: { cookie: a.cookie, origin: ORIGIN },
      payload: aFormCheck({ note: 'secret-form-note' }),
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  },
  '/api/sessions': async (t, a) => {
    const res = await t.app.inject({ url: '/api/sessions', headers: { cookie: a.cookie } });
    expect(res.statusCode).toBe(200);
    const sessions = res.json().sessions as { id: string; current: boolean }[];
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    return sessions[0]!.id;
  },
};

/**
 * Bodies that pass validation, for routes whose body is checked before the handler looks for the resource:
 * with `{}` they would answer 400 and never reach the ownership check.
 */
const BODIES: Record<string, object> = {
  'POST /api/plans/:id/logs': { date: '2026-11-23', kind: 'run', painDuring: 1, newRedFlag: false },
  'PATCH /api/plans/:id/logs/:logId': { painNextMorning: 1 },
};

const fill = (url: string, id: string) => url.replace(/:\w+/g, id).replace(/\*$/, 'x');
const prefixOf = (url: string) => url.replace(/\/:\w+.*$/, '');

for (const dialect of DIALECTS) {
  describe(`isolation between accounts [${dialect}]`, () => {
    let t: TestApp;
    let a: User;
    let b: User;
    const ids = new Map<string, string>();
    beforeAll(async () => {
      t = await createTestApp(dialect);
      a = await t.register('owner@example.com');
      b = await t.register('other@example.com');
      for (const [prefix, seed] of Object.entries(SEEDERS)) {
        const id = await seed(t, a);
        if (id) ids.set(prefix, id);
      }
    });
    afterAll(async () => t?.close());

    const privateRoutes = () => t.app.routeTable.filter((r) => r.url.startsWith('/api/') && !r.public);

    it('has private routes to check, and every public one is on the allow-list', () => {
      expect(privateRoutes().length).toBeGreaterThan(0);
      const publicApi = t.app.routeTable
        .filter((r) => r.url.startsWith('/api/') && r.public)
        .map((r) => `${r.method} ${r.url}`)
        .sort();
      expect(publicApi).toEqual([
        'GET /api/auth/options',
        'GET /api/calendar/:file',
        'GET /api/health',
        'GET /api/openapi.json',
        'GET /api/shared/:token',
        'POST /api/auth/login',
        'POST /api/auth/logout',
        'POST /api/auth/password-reset',
        'POST /api/auth/password-reset/confirm',
        'POST /api/auth/register',
      ]);
    });

    it('answers 401 on every private route without a session', async () => {
      for (const route of privateRoutes()) {
        const res = await t.app.inject({
          method: route.method as 'GET',
          url: fill(route.url, randomUUID()),
          headers: { origin: ORIGIN },
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
        });
        expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      }
    });

    it("never shows or changes one user's data for another", async () => {
      const aBefore = await t.app.inject({ url: '/api/settings', headers: { cookie: a.cookie } });
      const secrets = [
        a.id,
        a.email,
        'secret-shoe',
        'secret-pain-note',
        'secret-form-note',
        'secret-physio',
        'owner-run.gpx',
        ...ids.values(),
      ];
      for (const route of privateRoutes()) {
        const hasParam = route.url.includes(':');
        const target = hasParam ? ids.get(prefixOf(route.url)) : undefined;
        if (hasParam) expect(target, `no seeder for ${route.url}: add one to SEEDERS`).toBeDefined();
        const res = await t.app.inject({
          method: route.method as 'GET',
          url: fill(route.url, target ?? 'x'),
          headers: { cookie: b.cookie, origin: ORIGIN },
          ...(route.method === 'GET' || route.method === 'DELETE'
            ? {}
            : { payload: BODIES[`${route.method} ${route.url}`] ?? {} }),
        });
        if (hasParam) expect(res.statusCode, `${route.method} ${route.url}`).toBe(404);
        for (const secret of secrets) expect(res.body, `${route.method} ${route.url}`).not.toContain(secret);
      }
      for (const [prefix, id] of ids) {
        const still = await t.app.inject({ url: `${prefix}/${id}`, headers: { cookie: a.cookie } });
        expect(still.statusCode, `${prefix}/${id} after the other user tried to change it`).toBe(200);
      }
      const aAfter = await t.app.inject({ url: '/api/settings', headers: { cookie: a.cookie } });
      expect(aAfter.body).toBe(aBefore.body);
      expect(aAfter.json()).toEqual({ units: 'mi', country: null, keepOriginals: true, goal: null });
      const bSettings = await t.app.inject({ url: '/api/settings', headers: { cookie: b.cookie } });
      expect(bSettings.json()).toEqual({ units: 'km', country: null, keepOriginals: true, goal: null });
    });
  });
}
