import type { ThrottlePlan, WindowRule } from './sliding-window';

/**
 * Login throttling that an attacker cannot turn against the account's owner.
 *
 * Wrong passwords are counted per account *and client*: a client is a known device (a browser that logged in to
 * this account before and holds its signed device cookie) or else a client address (an IPv6 /64 counts as one).
 * Five wrong passwords lock out only the client that typed them, so an attacker hammering the account from
 * elsewhere never locks the owner out of their own address or device.
 *
 * Two slower limits stop an attacker who spreads over many addresses:
 * - per client address, 30 attempts in 15 minutes whatever the account (password spraying);
 * - per account, 100 wrong passwords in 24 hours from unknown clients together (the backstop). Once reached,
 *   unknown clients wait; known devices are not held back by it, so the owner still logs in where they
 *   always do (or resets the password by email, which clears the backstop).
 * Refused attempts are not counted again, so waiting always frees a client.
 *
 * These are rules only: the hits are kept in the database (`src/app/throttles.ts`), so every instance of the
 * server counts the same attempts.
 */
export interface ThrottlePolicy {
  /** Wrong passwords allowed per account from one client (device or address) inside `windowMs`. */
  maxFailuresPerClient: number;
  /** Login attempts (any outcome, any account) allowed per client address inside `windowMs`. */
  maxAttemptsPerIp: number;
  windowMs: number;
  /** Wrong passwords allowed per account from unknown clients together inside `accountWindowMs`. */
  maxFailuresPerAccount: number;
  accountWindowMs: number;
}

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  maxFailuresPerClient: 5,
  maxAttemptsPerIp: 30,
  windowMs: 15 * 60_000,
  maxFailuresPerAccount: 100,
  accountWindowMs: 24 * 60 * 60_000,
};

/** One login attempt: the (normalised) account, the client's address key, and its verified device, if any. */
export interface LoginAttempt {
  account: string;
  /** The client address as throttles count it (`clientKey`). */
  ip: string;
  /** A device id the server signed for this very account; null for a browser it does not know. */
  device: string | null;
}

/**
 * What was reached: `client` (this device or address, for this account, or this address for every account)
 * or `account` (the backstop: too many wrong passwords from everywhere).
 */
export type LoginLimit = 'client' | 'account';

export type LoginDecision = { allowed: true } | { allowed: false; retryAfterS: number; limit: LoginLimit };

// A newline cannot be in a normalised email, so the parts of a key never run together.
const clientKey = (a: LoginAttempt) =>
  a.device ? `login client\n${a.account}\ndevice ${a.device}` : `login client\n${a.account}\nip ${a.ip}`;
const ipKey = (a: LoginAttempt) => `login ip\n${a.ip}`;
const accountKey = (a: LoginAttempt) => `login account\n${a.account}`;

/**
 * What to check before the password is even looked at, and the attempt to count against the address when
 * allowed. A known device is checked against its own wrong passwords only.
 * @example loginCheckPlan({ account: 'a@b.c', ip: '192.0.2.1', device: null }).checks.length // 3
 */
export function loginCheckPlan(
  attempt: LoginAttempt,
  policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY,
): ThrottlePlan<LoginLimit> {
  const client = {
    key: clientKey(attempt),
    limit: policy.maxFailuresPerClient,
    windowMs: policy.windowMs,
    label: 'client' as const,
  };
  if (attempt.device) return { checks: [client], hits: [] };
  const ip = { key: ipKey(attempt), limit: policy.maxAttemptsPerIp, windowMs: policy.windowMs };
  const account = {
    key: accountKey(attempt),
    limit: policy.maxFailuresPerAccount,
    windowMs: policy.accountWindowMs,
  };
  // The backstop first: when two limits need the same wait, the runner is told about the account-wide one.
  return {
    checks: [{ ...account, label: 'account' }, client, { ...ip, label: 'client' }],
    hits: [ip],
  };
}

/** The windows a wrong password counts in: the client's, and the backstop's when the client is unknown. */
export function loginFailureHits(
  attempt: LoginAttempt,
  policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY,
): WindowRule[] {
  const client = { key: clientKey(attempt), limit: policy.maxFailuresPerClient, windowMs: policy.windowMs };
  if (attempt.device) return [client];
  const account = {
    key: accountKey(attempt),
    limit: policy.maxFailuresPerAccount,
    windowMs: policy.accountWindowMs,
  };
  return [client, account];
}

/** The right password: this client's wrong ones are forgiven (the backstop's are not). */
export const loginSuccessClears = (attempt: LoginAttempt): string[] => [clientKey(attempt)];

/** A new password was set through a reset link: earlier guesses at the old one no longer count. */
export const passwordResetClears = (attempt: LoginAttempt): string[] => [
  clientKey(attempt),
  accountKey(attempt),
];

/**
 * A wait in words: minutes up to an hour and a half, then hours (rounded up, so never too short).
 * @example retryText(61) // '2 min'
 * @example retryText(86_400) // '24 h'
 */
export function retryText(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes <= 90 ? `${minutes} min` : `${Math.ceil(minutes / 60)} h`;
}
