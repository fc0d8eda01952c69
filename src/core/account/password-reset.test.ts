import { describe, expect, it } from 'vitest';
import {
  RESET_LINK_PROBLEMS,
  RESET_TOKEN_BYTES,
  resetConfirmBodySchema,
  resetExpiry,
  resetLink,
  resetLinkState,
  resetRequestBodySchema,
} from './password-reset';
import { resetEmail } from './reset-email';

const now = new Date('2026-12-01T10:00:00.000Z');

describe('password reset rules', () => {
  it('tokens carry at least 128 random bits and last one hour', () => {
    expect(RESET_TOKEN_BYTES * 8).toBeGreaterThanOrEqual(128);
    expect(resetExpiry(now)).toBe('2026-12-01T11:00:00.000Z');
  });

  it('judges a link: valid until it expires, then expired; used or unknown whenever', () => {
    const fresh = { expiresAt: resetExpiry(now), usedAt: null };
    expect(resetLinkState(fresh, now)).toBe('valid');
    expect(resetLinkState(fresh, new Date('2026-12-01T10:59:59.999Z'))).toBe('valid');
    expect(resetLinkState(fresh, new Date('2026-12-01T11:00:00.000Z'))).toBe('expired');
    expect(resetLinkState({ ...fresh, usedAt: '2026-12-01T10:05:00.000Z' }, now)).toBe('used');
    expect(resetLinkState(undefined, now)).toBe('unknown');
  });

  it('tells the runner what to do for each link that no longer works', () => {
    expect(RESET_LINK_PROBLEMS.expired).toMatch(/expired.*Ask for a new one/);
    expect(RESET_LINK_PROBLEMS.used).toMatch(/already been used/);
    expect(RESET_LINK_PROBLEMS.unknown).toMatch(/newest email/);
  });

  it('puts the token in the fragment of a link on the public origin', () => {
    expect(resetLink('https://back.example.org/', 'a-b_c')).toBe(
      'https://back.example.org/reset-password#token=a-b_c',
    );
    expect(resetLink('http://localhost:8080', 'x')).toBe('http://localhost:8080/reset-password#token=x');
  });

  it('parses requests and new passwords with the same rules as sign-up', () => {
    expect(resetRequestBodySchema.parse({ email: ' Ana@Example.org ' })).toEqual({
      email: 'ana@example.org',
    });
    expect(resetRequestBodySchema.safeParse({ email: 'nope' }).success).toBe(false);
    const short = resetConfirmBodySchema.safeParse({ token: 't', password: 'short' });
    expect(short.success).toBe(false);
    expect(short.error?.issues[0]?.message).toMatch(/at least 10 characters/);
    expect(resetConfirmBodySchema.safeParse({ token: '', password: 'long enough pass' }).success).toBe(false);
  });

  it('writes an email with the link, how long it lasts, and what to do if it was not you', () => {
    const mail = resetEmail({ link: 'https://b.example/reset-password#token=t', site: 'b.example' });
    expect(mail.subject).toBe('Set a new backstride password');
    expect(mail.text).toContain('\nhttps://b.example/reset-password#token=t\n');
    expect(mail.text).toMatch(/within one hour/);
    expect(mail.text).toMatch(/on b\.example/);
    expect(mail.text).toMatch(/did not ask for this, you can ignore this email/);
  });
});
