import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases';
import { createTestApp, ORIGIN, type TestApp } from '../support/test-app';
import { allRedFlagsNo, mechanicalCheckin } from '../support/checkins';

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
      ({ cookie } = await t.register());
    });
    afterAll(async () => t?.close());

    it('suggests a first check-in when there is none', async () => {
      const res = await t.app.inject({ url: '/api/checkins', headers: { cookie } });
      expect(res.json()).toEqual({
        items: [],
        recheck: expect.objectContaining({ due: true, reason: 'never' }),
      });
    });

    it('triages a mechanical check-in, stores it and ranks the causes', async () => {
      const res = await post(mechanicalCheckin());
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body.result.urgency).toBe('self_manage');
      expect(body.result.factors[0].id).toBe('load_spike');
      expect(body.result.safetyNet.caudaEquinaCard.symptoms.length).toBeGreaterThan(0);
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
      const findings = allRedFlagsNo('M').filter((f) => f.code !== 'bladder_change' && f.code !== 'fever');
      const res = await post({ age: 30, sex: 'M', complete: false, findings });
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
      t.clock.advance(8 * 86_400_000);
      const later = (await t.app.inject({ url: '/api/checkins', headers: { cookie } })).json();
      expect(later.recheck).toMatchObject({ due: true, reason: 'over_a_week' });
    });
  });
}
