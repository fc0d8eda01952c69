import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases';
import { createTestApp, ORIGIN, type TestApp } from '../support/test-app';
import { REPORT_GOAL, REPORT_NOW, seedReportRunner } from '../support/report-runner';
import { REPORT_SECTIONS } from '../../src/app/report-html';
import type { PlanRecord } from '../../src/contract/plans';
import type { ShareLink } from '../../src/contract/report';

/** The PDF's text as `pdftotext` (Debian's poppler-utils) reads it, in reading order. */
function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
  try {
    writeFileSync(join(dir, 'r.pdf'), bytes);
    return execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The page's visible text, tags dropped, whitespace folded. */
const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<title>[\s\S]*?<\/title>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

/** Loggable items planned on or before 26 November in the plan, counted from its record. */
const plannedByToday = (plan: PlanRecord) =>
  plan.plan.weeks
    .flatMap((w) => w.days)
    .filter((d) => d.date <= '2026-11-26')
    .flatMap((d) => d.items)
    .filter((i) => !['rest', 'task'].includes(i.kind)).length;

for (const dialect of DIALECTS) {
  describe(`the report for a clinician [${dialect}]`, () => {
    let t: TestApp;
    let cookie: string;
    let email: string;
    let plan: PlanRecord;
    const get = (url: string, as: string | null = cookie) =>
      t.app.inject({ url, headers: { origin: ORIGIN, ...(as ? { cookie: as } : {}) } });
    const send = (method: 'POST' | 'DELETE', url: string, payload?: object) =>
      t.app.inject({ method, url, headers: { origin: ORIGIN, cookie }, ...(payload ? { payload } : {}) });

    beforeAll(async () => {
      t = await createTestApp(dialect);
      ({ cookie, email } = await t.register());
      ({ plan } = await seedReportRunner(t, cookie));
      t.clock.set(REPORT_NOW);
    });
    afterAll(async () => t?.close());

    it('holds every section with the runner’s numbers, as a page that loads nothing and runs nothing', async () => {
      const res = await get('/api/report?timeZone=UTC');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toMatch(/default-src 'none'/);
      expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
      expect(csp).not.toMatch(/unsafe-inline|script-src/);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).not.toMatch(/<script|style="/);
      const text = textOf(res.body);
      for (const section of REPORT_SECTIONS) expect(text).toContain(section);
      // Runner: age and sex from the latest check-in; 8 weeks since the first run (29 Sep); median 20 km.
      expect(text).toMatch(/Age 34/);
      expect(text).toMatch(/Sex female/);
      expect(text).toMatch(/Running history 8 weeks/);
      expect(text).toMatch(/Typical week 20 km/);
      expect(text).toMatch(/Runs a week 2\.1/);
      expect(text).toContain(`Goal: ${REPORT_GOAL}`);
      // Triage and red flags: the latest check-in's "Not sure" to night sweats, both check-ins dated.
      expect(text).toMatch(/at the check-in of 26 Nov 2026/);
      expect(text).toMatch(/Night sweats: not sure/);
      expect(text).toMatch(/12 Nov 2026 \d+ All answered No/);
      // Pain: 6 at the first check-in, 4 during the logged item, 3 at the latest; where it hurt.
      expect(text).toMatch(
        /First score 6\/10 \(12 Nov 2026\), latest 3\/10 \(26 Nov 2026, check-in\), highest 6\/10, 3 scores/,
      );
      expect(text).toMatch(/12 Nov 2026 6\/10 central low back/);
      // Weeks: the 30 km week and the one after it are spikes, 50 % over the 20 km weeks before.
      expect(text).toMatch(/week of 9 Nov 2026 \(\+50%\); week of 16 Nov 2026 \(\+50%\)/);
      expect(res.body).toMatch(
        /Weekly running km, weeks from 7 Sep: 0, 0, 0, 20, 20, 20, 20, 20, 20, 30 \(spike\), 20 \(spike\), 0/,
      );
      // Shoes: 17 runs of 10 km on the default pair.
      expect(text).toMatch(/Asics Novablast 4: 170 km of 800 km, in use/);
      // What was tried: the plan's items due so far against the one log.
      expect(text).toContain(`1 of ${plannedByToday(plan)} sessions due so far were logged`);
      // What changed: the spike week, the plan, the check-in result.
      expect(text).toMatch(/Started an exercise and running plan/);
      expect(text).toMatch(/Week of 9 Nov 2026: running 30 km, 50% above the four weeks before/);
      expect(text).toMatch(/I answered yes or not sure to: night sweats/);
      expect(text).toMatch(/When can I go back to my usual running/);
    });

    it('makes a PDF whose text holds every section and the same numbers', async () => {
      const res = await get('/api/report.pdf?timeZone=UTC');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const raw = pdfText(res.rawPayload);
      // One A4 page: pdftotext ends each page with a form feed.
      expect(raw.match(/\f/g)?.length).toBe(1);
      const text = raw.replace(/\s+/g, ' ');
      for (const section of REPORT_SECTIONS) expect(text).toContain(section.toUpperCase());
      expect(text).toMatch(
        /Age 34 Sex female Pain for 10 days Running history 8 weeks Typical week 20 km Runs a week 2\.1/,
      );
      expect(text).toContain(`Goal: ${REPORT_GOAL}`);
      expect(text).toMatch(/26 Nov 2026: \d+ questions, Night sweats: not sure/);
      expect(text).toMatch(
        /First score 6\/10 \(12 Nov 2026\), latest 3\/10 \(26 Nov 2026\), highest 6\/10, 3 scores/,
      );
      expect(text).toMatch(/week of 9 Nov 2026 \(\+50%\); week of 16 Nov 2026 \(\+50%\)/);
      expect(text).toMatch(/Asics Novablast 4: 170 km of 800 km, in use/);
      expect(text).toContain(`1 of ${plannedByToday(plan)} sessions due so far were logged`);
      expect(text).toMatch(/Started an exercise and running plan/);
      expect(text).toMatch(/When can I go back to my usual running/);
    });

    it('shares the report and nothing else, until the link is revoked', async () => {
      const made = await send('POST', '/api/shares', { label: 'Physio Ana', timeZone: 'UTC' });
      expect(made.statusCode).toBe(201);
      const link = made.json() as ShareLink;
      expect(link).toMatchObject({
        label: 'Physio Ana',
        status: 'active',
        createdAt: REPORT_NOW,
        expiresAt: '2026-12-03T08:00:00.000Z',
        revokedAt: null,
      });
      const path = new URL(link.url).pathname;
      expect(path).toMatch(/^\/api\/shared\/[A-Za-z0-9_-]{43}$/);

      const shared = await get(path, null);
      expect(shared.statusCode).toBe(200);
      expect(shared.headers['referrer-policy']).toBe('no-referrer');
      const text = textOf(shared.body);
      for (const section of REPORT_SECTIONS) expect(text).toContain(section);
      expect(text).toMatch(/shared by the runner/);
      // Nothing of the account but the report: no email, ids, plan id, or link label.
      for (const secret of [email, plan.id, link.id, 'Physio Ana']) expect(shared.body).not.toContain(secret);
      expect(shared.body).not.toMatch(/<a |href=|<form|<script/);
      // The link is the key to the report only: with it and no session, the account's API stays closed.
      expect((await get('/api/runs', null)).statusCode).toBe(401);
      expect((await get('/api/shares', null)).statusCode).toBe(401);

      expect((await get('/api/shares')).json()).toEqual({ items: [link] });
      expect((await send('DELETE', `/api/shares/${link.id}`)).statusCode).toBe(204);
      const gone = await get(path, null);
      expect(gone.statusCode).toBe(404);
      expect(gone.body).toMatch(/expired or was revoked/);
      expect(gone.body).not.toContain('Red-flag screening');
      expect((await get(`/api/shares/${link.id}`)).json()).toMatchObject({
        status: 'revoked',
        revokedAt: REPORT_NOW,
      });
      expect((await get('/api/shared/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', null)).statusCode).toBe(
        404,
      );
    });

    it('stops a link at its expiry, to the millisecond', async () => {
      t.clock.set(REPORT_NOW);
      const link = (await send('POST', '/api/shares', { days: 2, timeZone: 'UTC' })).json() as ShareLink;
      expect(link.expiresAt).toBe('2026-11-28T08:00:00.000Z');
      const path = new URL(link.url).pathname;
      t.clock.set('2026-11-28T07:59:59.999Z');
      expect((await get(path, null)).statusCode).toBe(200);
      t.clock.set('2026-11-28T08:00:00.000Z');
      expect((await get(path, null)).statusCode).toBe(404);
      expect((await get(`/api/shares/${link.id}`)).json()).toMatchObject({ status: 'expired' });
      t.clock.set(REPORT_NOW);
    });

    it('refuses a link of more than 90 days and revoking another runner’s link', async () => {
      expect((await send('POST', '/api/shares', { days: 91, timeZone: 'UTC' })).statusCode).toBe(400);
      const other = await t.register();
      const theirs = (
        await t.app.inject({
          method: 'POST',
          url: '/api/shares',
          headers: { origin: ORIGIN, cookie: other.cookie },
          payload: { timeZone: 'UTC' },
        })
      ).json() as ShareLink;
      expect((await send('DELETE', `/api/shares/${theirs.id}`)).statusCode).toBe(404);
      expect((await get(new URL(theirs.url).pathname, null)).statusCode).toBe(200);
    });

    it('shows a plan ended within the report’s weeks, counted up to its end, and none once it is older', async () => {
      t.clock.set(REPORT_NOW);
      expect((await send('POST', `/api/plans/${plan.id}/end`)).statusCode).toBe(200);
      const text = textOf((await get('/api/report?timeZone=UTC')).body);
      expect(text).toMatch(/started 12 Nov 2026, ended: 1 of \d+ sessions due so far were logged/);
      expect(text).toContain(`1 of ${plannedByToday(plan)} sessions due so far were logged`);
      // Twelve weeks and a day later, the ended plan is no longer what was tried.
      t.clock.set('2027-02-19T08:00:00.000Z');
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { origin: ORIGIN },
        payload: { email, password: 'a long enough secret' },
      });
      expect(login.statusCode, login.body).toBe(200);
      const later = String(login.headers['set-cookie']).split(';')[0]!;
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/report?timeZone=UTC',
        headers: { cookie: later },
      });
      expect(textOf(res.body)).toContain('No exercise plan followed in backstride.');
      t.clock.set(REPORT_NOW);
    });
  });
}
