import { describe, expect, it } from 'vitest';
import { isDeleteConfirmed } from './delete-confirmation';

describe('isDeleteConfirmed', () => {
  it('takes the phrase in any case and spacing, nothing shorter or different', () => {
    expect(isDeleteConfirmed('delete my account')).toBe(true);
    expect(isDeleteConfirmed('  Delete  My ACCOUNT ')).toBe(true);
    expect(isDeleteConfirmed('delete my')).toBe(false);
    expect(isDeleteConfirmed('delete my account now')).toBe(false);
    expect(isDeleteConfirmed('')).toBe(false);
  });
});
