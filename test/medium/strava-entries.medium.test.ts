import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases';
import { expectCountsAddUp, uploadAndWait } from '../support/imports';
import { createTestApp, type TestApp } from '../support/test-app';
import { writeZip } from '../support/importers/zip-writer';

/** A Strava export with only activities.csv: entries typed in by hand, some without a usable date. */
const exportZip = () =>
  new Uint8Array(
    writeZip([
      {
        name: 'activities.csv',
        data: [
          'Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Filename',
          '1,,No date,Run,1800,5.00,',
          '2,"Mar 3, 2021, 6:15:00 AM",Typed in,Run,1800,5.00,',
          '3,"3 mars 2021, 06:15:00",Date in French,Run,1800,5.00,',
          '4,"Mar 4, 2021, 6:15:00 AM",No time,Run,,5.00,',
        ].join('\n'),
      },
    ]),
  );

for (const dialect of DIALECTS) {
  describe(`Strava entries without a date [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(async () => t?.close());

    it('counts each as skipped, as the list beneath says, with the reason', async () => {
      const { cookie } = await t.register();
      const status = await uploadAndWait(t, cookie, [{ name: 'export.zip', data: exportZip() }]);
      expect(status).toMatchObject({
        state: 'done',
        entries: 4,
        imported: 1,
        skipped: 3,
        failed: 0,
        activities: 1,
      });
      expectCountsAddUp(status);
      const skipped = status.files.filter((f) => f.status === 'skipped');
      expect(skipped.map((f) => [f.source.split('#').pop(), f.error?.code])).toEqual([
        ['1', 'incomplete_entry'],
        ['3', 'incomplete_entry'],
        ['4', 'incomplete_entry'],
      ]);
      expect(skipped[0]?.error?.message).toMatch(/without a start time/);
      expect(skipped[2]?.error?.message).toMatch(/without a duration/);
    });
  });
}
