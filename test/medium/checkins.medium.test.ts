import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases';
import { createTestApp, ORIGIN, type TestApp } from '../support/test-app';
import { allRedFlagsNo, mechanicalCheckin } from '../support/checkins';
import { WARNING_SIGN_CODES } from '../../src/core/checkin';

for (const dialect of DIALECTS) {
  describe(`check-ins API [${dialect}]`, () => {
    let t: TestApp;
    let cookie: string;
    const post = (payload: unknown) => {
      t.clock.advance(60_000);
      return t.app.inject({
        method: 'POST',
        url: '/api/checkins',
        headers: { cookie, origin: ORIGIN },
        payload: payload as object,
      });
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      // After the standing questions were last reworded (STANDING_WORDS_SINCE), so their answers carry forward.
      t.clock.set('2026-12-02T08:00:00.000Z');
      ({ cookie } = await t.register());
    });
    afterAll(async () => t?.close());

    it('suggests a first check-in when there is none', async () => {
      const res = await t.app.inject({ url: '/api/checkins', headers: { cookie } });
      expect(res.json()).toEqual({
        items: [],
        recheck: expect.objectContaining({ due: true, reason: 'never' }),
        carryForward: null,
        lastProfile: null,
      });
    });

    it('triages a mechanical check-in, stores it and ranks the causes', async () => {
      const res = await post(mechanicalCheckin());
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body.result.urgency).toBe('self_manage');
      expect(body.result.factors[0].id).toBe('load_spike');
      expect(body.result.safetyNet.goNow.signs.length).toBeGreaterThan(0);
      expect(body.complete).toBe(true);
      expect(body.painScore).toBe(4);
      const again = await t.app.inject({ url: `/api/checkins/${body.id}`, headers: { cookie } });
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual(body);
    });

    it('returns an emergency for saddle numbness even when other red-flag answers are missing', async () => {
      const res = await post({
        age: 41,
        sex: 'M',
        complete: false,
        findings: [{ code: 'saddle_numbness', value: true }],
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().result).toMatchObject({
        urgency: 'emergency',
        stopRunning: true,
        safetyNet: null,
        factors: [],
      });
      expect(res.json().result.rules[0]).toMatchObject({
        id: 'E1',
        sources: expect.arrayContaining(['BASS2018']),
      });
    });

    it('refuses a plan while red-flag questions are unanswered, naming them', async () => {
      const findings = allRedFlagsNo('M', 30).filter(
        (f) => f.code !== 'bladder_change' && f.code !== 'fever',
      );
      // The server decides completeness from the answers: claiming complete does not help.
      const res = await post({ age: 30, sex: 'M', complete: true, findings });
      expect(res.statusCode).toBe(422);
      const body = res.json();
      expect(body.code).toBe('checkin_incomplete');
      expect(body.issues.map((i: { path: string }) => i.path).sort()).toEqual([
        'body.findings.bladder_change',
        'body.findings.fever',
      ]);
      const list = await t.app.inject({ url: '/api/checkins', headers: { cookie } });
      expect(list.json().items).toHaveLength(2);
    });

    it('names unknown codes and wrong value types', async () => {
      const res = await post({
        age: 30,
        sex: 'M',
        complete: true,
        findings: [
          { code: 'made_up_code', value: true },
          { code: 'fever', value: 3 },
        ],
      });
      expect(res.statusCode).toBe(400);
      const text = JSON.stringify(res.json().issues);
      expect(text).toMatch(/made_up_code/);
      expect(text).toMatch(/fever/);
    });

    it('scores the STarT Back answers into the check-in: a high psychosocial score means see a clinician', async () => {
      const res = await post({
        ...mechanicalCheckin(),
        startBack: { agree: [false, false, false, false, true, true, true, true], bothersome: 'extremely' },
      });
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body.findings).toEqual(
        expect.arrayContaining([
          { code: 'sbst_psych', value: 5 },
          { code: 'sbst_total', value: 5 },
        ]),
      );
      expect(body.result.urgency).toBe('see_clinician');
      expect(body.result.rules.map((r: { id: string }) => r.id)).toContain('C6');
    });

    it('lists newest first with urgency and pain, and asks again after a week', async () => {
      const list = (await t.app.inject({ url: '/api/checkins', headers: { cookie } })).json();
      expect(list.items.map((i: { urgency: string }) => i.urgency)).toEqual([
        'see_clinician',
        'emergency',
        'self_manage',
      ]);
      expect(list.items.map((i: { stopRunning: boolean }) => i.stopRunning)).toEqual([false, true, false]);
      expect(list.recheck.due).toBe(false);
      expect(list.lastProfile).toEqual({ age: 34, sex: 'F' });
      expect(list.carryForward.answers).toEqual(
        expect.arrayContaining([
          { code: 'history_cancer', value: false },
          { code: 'previous_stress_fracture', value: false },
        ]),
      );
      expect(list.carryForward.answers.map((a: { code: string }) => a.code)).not.toContain('fever');
      t.clock.advance(8 * 86_400_000);
      const later = (await t.app.inject({ url: '/api/checkins', headers: { cookie } })).json();
      expect(later.recheck).toMatchObject({ due: true, reason: 'over_a_week' });
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`check-ins API: stopping early, country, history [${dialect}]`, () => {
    let t: TestApp;
    let cookie: string;
    const post = (payload: unknown) => {
      t.clock.advance(60_000);
      return t.app.inject({
        method: 'POST',
        url: '/api/checkins',
        headers: { cookie, origin: ORIGIN },
        payload: payload as object,
      });
    };
    const screen = (sex: 'F' | 'M', age: number) =>
      allRedFlagsNo(sex, age).filter((f) => WARNING_SIGN_CODES.has(f.code));

    beforeAll(async () => {
      t = await createTestApp(dialect);
      // After the standing questions were last reworded (STANDING_WORDS_SINCE), so their answers carry forward.
      t.clock.set('2026-12-02T08:00:00.000Z');
      ({ cookie } = await t.register());
    });
    afterAll(async () => t?.close());

    it('stores an urgent result once every warning sign is answered, before pain and causes (§9.7)', async () => {
      const findings = screen('M', 52).map((f) => (f.code === 'history_cancer' ? { ...f, value: true } : f));
      const early = await post({ age: 52, sex: 'M', findings: findings.slice(1) });
      expect(early.statusCode).toBe(422);
      const res = await post({ age: 52, sex: 'M', findings });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ complete: false, result: { urgency: 'urgent' } });
    });

    it('refuses an incomplete check-in whose result would be see-a-clinician', async () => {
      const findings = screen('F', 30).map((f) =>
        f.code === 'night_pain_constant' ? { ...f, value: true } : f,
      );
      const res = await post({ age: 30, sex: 'F', findings });
      expect(res.statusCode).toBe(422);
      expect(res.json().issues.map((i: { path: string }) => i.path)).toContain(
        'body.findings.pain_duration_days',
      );
    });

    it('writes the emergency words for the runner’s country: the setting, or the one the screen showed', async () => {
      const saved = await t.app.inject({
        method: 'PUT',
        url: '/api/settings',
        headers: { cookie, origin: ORIGIN },
        payload: { country: 'gb' },
      });
      expect(saved.json()).toEqual({ units: 'km', country: 'GB', keepOriginals: true, goal: null });
      // The goal: trimmed, empty means none, and too long or with control characters is refused by name.
      const goal = (payload: object) =>
        t.app.inject({ method: 'PUT', url: '/api/settings', headers: { cookie, origin: ORIGIN }, payload });
      expect((await goal({ goal: '  A half marathon in April ' })).json()).toMatchObject({
        goal: 'A half marathon in April',
        country: 'GB',
      });
      expect((await goal({ goal: '' })).json()).toMatchObject({ goal: null });
      for (const bad of ['x'.repeat(201), 'tab\u0007bell']) {
        const res = await goal({ goal: bad });
        expect(res.statusCode).toBe(400);
        expect(res.json().issues.map((i: { path: string }) => i.path)).toEqual(['body.goal']);
      }
      const numb = { age: 40, sex: 'M', findings: [{ code: 'saddle_numbness', value: 'unsure' }] };
      const uk = (await post(numb)).json().result;
      expect(uk.rules[0].action).toMatch(/^Go to A&E now/);
      expect(uk.emergencyContact).toMatchObject({ country: 'GB', number: '999' });
      const us = (await post({ ...numb, country: 'US' })).json().result;
      expect(us.rules[0].action).toMatch(/^Go to the ER now/);
      const bad = await t.app.inject({
        method: 'PUT',
        url: '/api/settings',
        headers: { cookie, origin: ORIGIN },
        payload: { country: 'XX' },
      });
      expect(bad.statusCode).toBe(400);
      expect(JSON.stringify(bad.json().issues)).toMatch(/country/);
    });

    it('works out weeks without improvement from earlier check-ins when they are not given (§9.6)', async () => {
      const first = await post({
        ...mechanicalCheckin({ painScore: 5 }),
        findings: [
          ...mechanicalCheckin({ painScore: 5 }).findings.filter((f) => f.code !== 'pain_duration_days'),
          { code: 'pain_duration_days', value: 3 },
        ],
      });
      expect(first.statusCode).toBe(201);
      t.clock.advance(29 * 86_400_000);
      const later = await post({
        ...mechanicalCheckin({ painScore: 5 }),
        findings: [
          ...mechanicalCheckin({ painScore: 5 }).findings.filter((f) => f.code !== 'pain_duration_days'),
          { code: 'pain_duration_days', value: 33 },
        ],
      });
      expect(later.statusCode).toBe(201);
      expect(later.json().findings).toContainEqual({ code: 'not_improving_weeks', value: 4 });
      // One malignancy flag (no improvement for 4 weeks): see a clinician, C5.
      expect(later.json().result.rules.map((r: { id: string }) => r.id)).toContain('C5');
    });
  });
}
