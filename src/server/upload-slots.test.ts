import { describe, expect, it } from 'vitest';
import { AppError } from './app-error';
import { resolveServerSettings } from '../config/server-settings';
import { createUploadSlots, DEFAULT_UPLOAD_SLOTS } from './upload-slots';

const refusal = (take: () => unknown): AppError => {
  try {
    take();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the slot was given');
};

describe('upload slots', () => {
  it('give one account at most two uploads at once, saying so with a time to wait', () => {
    const slots = createUploadSlots();
    slots.take('ann');
    const release = slots.take('ann');
    const refused = refusal(() => slots.take('ann'));
    expect(refused.code).toBe('too_many_uploads');
    expect(refused.status).toBe(429);
    expect(refused.message).toMatch(/already sending 2 uploads/);
    expect(refused.headers).toEqual({ 'retry-after': '60', connection: 'close' });
    release();
    expect(() => slots.take('ann')).not.toThrow();
  });

  it('bound all accounts together, and free a slot once however often it is released', () => {
    const slots = createUploadSlots({ perUser: 2, total: 3 });
    const first = slots.take('ann');
    slots.take('bob');
    slots.take('cat');
    expect(slots.inFlight()).toBe(3);
    expect(refusal(() => slots.take('dan')).message).toMatch(/as many uploads as it takes/);
    first();
    first();
    expect(slots.inFlight()).toBe(2);
    slots.take('dan');
    expect(refusal(() => slots.take('eve')).code).toBe('too_many_uploads');
  });

  it('take their total from BACKSTRIDE_MAX_UPLOADS, 16 by default', () => {
    const settings = (env: Record<string, string>) =>
      resolveServerSettings({ SESSION_SECRET: 's', ...env }, '/tmp');
    expect(DEFAULT_UPLOAD_SLOTS).toEqual({ perUser: 2, total: 16 });
    expect(settings({}).app.uploadSlots).toEqual({ total: 16 });
    expect(settings({ BACKSTRIDE_MAX_UPLOADS: '40' }).app.uploadSlots).toEqual({ total: 40 });
    expect(() => settings({ BACKSTRIDE_MAX_UPLOADS: '0' })).toThrow(
      /BACKSTRIDE_MAX_UPLOADS must be a whole number/,
    );
    expect(() => settings({ BACKSTRIDE_MAX_UPLOADS: '2.5' })).toThrow(/got "2.5"/);
  });
});
