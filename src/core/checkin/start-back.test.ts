import { describe, expect, it } from 'vitest';
import { BOTHER_LEVELS, scoreStartBack, startBackAnswersSchema, startBackFindings } from './start-back';

const agree = (...items: number[]) => Array.from({ length: 8 }, (_, i) => items.includes(i + 1));

describe('scoreStartBack', () => {
  it('scores nothing for all-disagree and low bother', () => {
    expect(scoreStartBack({ agree: agree(), bothersome: 'moderately' })).toEqual({
      sbst_total: 0,
      sbst_psych: 0,
      risk: 'low',
    });
  });

  it('item 9 scores only for very much or extremely', () => {
    const psych = BOTHER_LEVELS.map((b) => scoreStartBack({ agree: agree(), bothersome: b }).sbst_psych);
    expect(psych).toEqual([0, 0, 0, 1, 1]);
  });

  it('the subscale counts items 5–9 only', () => {
    expect(scoreStartBack({ agree: agree(1, 2, 3, 4), bothersome: 'slightly' })).toEqual({
      sbst_total: 4,
      sbst_psych: 0,
      risk: 'medium',
    });
    expect(scoreStartBack({ agree: agree(5, 6, 7), bothersome: 'not_at_all' })).toEqual({
      sbst_total: 3,
      sbst_psych: 3,
      risk: 'low',
    });
  });

  it('high risk at subscale 4, medium at total 4 with subscale 3', () => {
    expect(scoreStartBack({ agree: agree(5, 6, 7, 8), bothersome: 'slightly' }).risk).toBe('high');
    expect(scoreStartBack({ agree: agree(1, 5, 6, 7), bothersome: 'slightly' }).risk).toBe('medium');
    expect(scoreStartBack({ agree: agree(1, 2, 3, 4, 5, 6, 7, 8), bothersome: 'extremely' })).toEqual({
      sbst_total: 9,
      sbst_psych: 5,
      risk: 'high',
    });
  });

  it('turns a score into check-in findings, and validates answers', () => {
    expect(startBackFindings({ sbst_total: 6, sbst_psych: 4, risk: 'high' })).toEqual([
      { code: 'sbst_total', value: 6 },
      { code: 'sbst_psych', value: 4 },
    ]);
    expect(startBackAnswersSchema.safeParse({ agree: agree(), bothersome: 'very_much' }).success).toBe(true);
    expect(startBackAnswersSchema.safeParse({ agree: [true], bothersome: 'very_much' }).success).toBe(false);
    expect(startBackAnswersSchema.safeParse({ agree: agree(), bothersome: 'a lot' }).success).toBe(false);
  });
});
