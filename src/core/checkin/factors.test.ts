import { describe, expect, it } from 'vitest';
import { factsOf } from './checkin';
import { contributingFactors } from './factors';
import { checkin } from '../../../test/support/checkin-builders';

const factors = (...args: Parameters<typeof checkin>) => contributingFactors(factsOf(checkin(...args)));
const ids = (...args: Parameters<typeof checkin>) => factors(...args).map((f) => f.id);

describe('contributingFactors', () => {
  it.each([
    ['load_spike', { recent_mileage_increase_pct: 30 }],
    ['load_spike', { long_run_increase_pct: 30 }],
    ['load_spike', { new_session_type: true }],
    ['footwear', { shoe_km: 800 }],
    ['footwear', { new_shoe_type_change: true }],
    ['footwear', { paraesthesia_feet_shoe_related_resolved: true }],
    ['surface', { surface_change: true }],
    ['poor_form', { overstriding: true }],
    ['poor_form', { cadence_spm: 159 }],
    ['poor_form', { excess_lumbar_extension: true }],
    ['core_glute_weakness', { glute_weakness_observed: true }],
    ['core_glute_weakness', { side_plank_hold_s: 29 }],
    ['tight_muscles', { hip_flexor_tightness: true }],
    ['tight_muscles', { hamstring_tightness: true }],
    ['previous_injury', { previous_lbp_episode: true }],
    ['previous_injury', { previous_lower_limb_injury: true }],
    ['previous_injury', { recurrent_similar_episodes: true }],
  ] as const)('%s from %j', (id, answers) => {
    expect(ids(answers)).toEqual([id]);
  });

  it.each([
    [{ recent_mileage_increase_pct: 29 }],
    [{ long_run_increase_pct: 29 }],
    [{ shoe_km: 799 }],
    [{ cadence_spm: 160 }],
    [{ side_plank_hold_s: 30 }],
    [{ sitting_hours_per_day: 12 }],
    [{ postpartum_months: 3 }],
    [{ weekly_km: 80 }],
  ] as const)('nothing just outside a threshold or from context alone: %j', (answers) => {
    expect(ids(answers)).toEqual([]);
  });

  it('explains each factor with the findings behind it, triggers before support', () => {
    const [tight] = factors({ sitting_hours_per_day: 9, hip_flexor_tightness: true, surface_change: false });
    expect(tight).toEqual({
      id: 'tight_muscles',
      score: expect.any(Number),
      because: [
        { code: 'hip_flexor_tightness', value: true },
        { code: 'sitting_hours_per_day', value: 9 },
      ],
    });
  });

  it('more and stronger evidence scores higher', () => {
    const score = (answers: Parameters<typeof checkin>[0]) => factors(answers)[0]?.score ?? 0;
    expect(score({ recent_mileage_increase_pct: 80 })).toBeGreaterThan(
      score({ recent_mileage_increase_pct: 31 }),
    );
    expect(score({ shoe_km: 1500 })).toBeGreaterThan(score({ shoe_km: 800 }));
    expect(score({ side_plank_hold_s: 5 })).toBeGreaterThan(score({ side_plank_hold_s: 25 }));
    expect(score({ cadence_spm: 150 })).toBeGreaterThan(score({ cadence_spm: 158 }));
    expect(score({ hip_flexor_tightness: true, hamstring_tightness: true })).toBeGreaterThan(
      score({ hip_flexor_tightness: true }),
    );
    expect(score({ hip_flexor_tightness: true, sitting_hours_per_day: 8 })).toBeGreaterThan(
      score({ hip_flexor_tightness: true, sitting_hours_per_day: 7 }),
    );
    expect(score({ glute_weakness_observed: true, postpartum_months: 6 })).toBeGreaterThan(
      score({ glute_weakness_observed: true, postpartum_months: 13 }),
    );
  });

  it('ranks by score, ties in the fixed factor order', () => {
    expect(ids({ surface_change: true, new_session_type: true })).toEqual(['load_spike', 'surface']);
    expect(ids({ overstriding: true, glute_weakness_observed: true })).toEqual([
      'core_glute_weakness',
      'poor_form',
    ]);
    expect(
      ids({
        overstriding: true,
        cadence_spm: 150,
        excess_lumbar_extension: true,
        glute_weakness_observed: true,
      }),
    ).toEqual(['poor_form', 'core_glute_weakness']);
  });
});
