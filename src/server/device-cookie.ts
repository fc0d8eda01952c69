import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * A browser that has logged in to an account before keeps a device cookie for it: a random id and a MAC over
 * the account's email and that id, so only this server can make one and it speaks for one account only. The
 * login throttle counts a known device on its own (`core/account/login-throttle`), so wrong passwords from
 * elsewhere never keep the owner out of their usual browser. Nothing is stored on the server.
 */
export const DEVICE_COOKIE = 'backstride_device';
const DEVICE_TTL_MS = 365 * 24 * 60 * 60_000;
const ID = /^[A-Za-z0-9_-]{22}$/;

const mac = (secret: string, account: string, id: string): Buffer =>
  createHmac('sha256', secret).update(`backstride device\n${account}\n${id}`).digest();

/** The id of this browser's device cookie when this server signed it for `account`; otherwise null. */
export function knownDevice(request: FastifyRequest, secret: string, account: string): string | null {
  const [id, signature, ...rest] = (request.cookies[DEVICE_COOKIE] ?? '').split('.');
  if (!id || !signature || rest.length > 0 || !ID.test(id)) return null;
  const expected = mac(secret, account, id);
  const given = Buffer.from(signature, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}

/** Marks this browser as a known device of `account` (keeping its id when it already had one), for a year. */
export function rememberDevice(
  reply: FastifyReply,
  request: FastifyRequest,
  secret: string,
  account: string,
  now: Date,
  id: string | null = null,
): void {
  const deviceId = id ?? randomBytes(16).toString('base64url');
  reply.setCookie(DEVICE_COOKIE, `${deviceId}.${mac(secret, account, deviceId).toString('base64url')}`, {
    path: '/api/auth',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    expires: new Date(now.getTime() + DEVICE_TTL_MS),
  });
}
