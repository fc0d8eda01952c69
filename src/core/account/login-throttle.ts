import { createSlidingWindow } from './sliding-window';

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
export type LoginDecision =
  { allowed: true } | { allowed: false; retryAfterS: number; limit: 'client' | 'account' };

/**
 * Deterministic: every call takes `nowMs`. Memory stays bounded by `prune`.
 * @example
 * const t = createLoginThrottle();
 * t.check({ account: 'a@b.c', ip: '192.0.2.1', device: null }, now) // { allowed: true }
 */
export function createLoginThrottle(policy: ThrottlePolicy = DEFAULT_THROTTLE_POLICY) {
  const attemptsByIp = createSlidingWindow(policy.windowMs);
  const failuresByClient = createSlidingWindow(policy.windowMs);
  const failuresByAccount = createSlidingWindow(policy.accountWindowMs);
  // A newline cannot be in a normalised email, so the two parts of a key never run together.
  const clientOf = (a: LoginAttempt) =>
    a.device ? `${a.account}\ndevice ${a.device}` : `${a.account}\nip ${a.ip}`;

  return {
    /** Call before checking the password; counts the attempt against the address when it is allowed. */
    check(attempt: LoginAttempt, nowMs: number): LoginDecision {
      const clientWait = failuresByClient.wait(clientOf(attempt), policy.maxFailuresPerClient, nowMs);
      if (attempt.device) {
        return clientWait > 0
          ? { allowed: false, retryAfterS: clientWait, limit: 'client' }
          : { allowed: true };
      }
      const ipWait = attemptsByIp.wait(attempt.ip, policy.maxAttemptsPerIp, nowMs);
      const accountWait = failuresByAccount.wait(attempt.account, policy.maxFailuresPerAccount, nowMs);
      const wait = Math.max(clientWait, ipWait, accountWait);
      if (wait > 0) {
        return { allowed: false, retryAfterS: wait, limit: accountWait === wait ? 'account' : 'client' };
      }
      attemptsByIp.hit(attempt.ip, nowMs);
      return { allowed: true };
    },
    recordFailure(attempt: LoginAttempt, nowMs: number): void {
      failuresByClient.hit(clientOf(attempt), nowMs);
      if (!attempt.device) failuresByAccount.hit(attempt.account, nowMs);
    },
    /** The right password: this client's wrong ones are forgiven (the backstop's are not). */
    recordSuccess(attempt: LoginAttempt): void {
      failuresByClient.clear(clientOf(attempt));
    },
    /** A new password was set through a reset link: earlier guesses at the old one no longer count. */
    recordPasswordReset(attempt: LoginAttempt): void {
      failuresByClient.clear(clientOf(attempt));
      failuresByAccount.clear(attempt.account);
    },
    /** Drops every entry older than its window; call now and then to bound memory. */
    prune(nowMs: number): void {
      attemptsByIp.prune(nowMs);
      failuresByClient.prune(nowMs);
      failuresByAccount.prune(nowMs);
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;

/**
 * A wait in words: minutes up to an hour and a half, then hours (rounded up, so never too short).
 * @example retryText(61) // '2 min'
 * @example retryText(86_400) // '24 h'
 */
export function retryText(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes <= 90 ? `${minutes} min` : `${Math.ceil(minutes / 60)} h`;
}
