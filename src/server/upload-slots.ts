import { AppError } from './app-error';
import { DEFAULT_UPLOAD_SLOTS, type UploadSlotLimits } from '../config/app-config';

// The defaults live with the rest of the configuration; routes read them from here, beside the slots.
export { DEFAULT_UPLOAD_SLOTS };

/** Seconds a refused client is told to wait: about how long a stalled upload can hold a slot. */
const RETRY_AFTER_S = 60;

/**
 * Counts uploads in flight, per account and in total.
 * @example const release = slots.take(userId); try { await spool() } finally { release() }
 */
export function createUploadSlots(limits: UploadSlotLimits = DEFAULT_UPLOAD_SLOTS) {
  const perUser = new Map<string, number>();
  let total = 0;
  return {
    /** A slot for one upload, or a 429 `too_many_uploads` naming which limit was reached. */
    take(userId: string): () => void {
      const mine = perUser.get(userId) ?? 0;
      if (mine >= limits.perUser) {
        throw busy(
          `You are already sending ${mine} uploads; wait until they have arrived, then send this one.`,
        );
      }
      if (total >= limits.total) {
        throw busy('The server is receiving as many uploads as it takes at once; try again in a minute.');
      }
      perUser.set(userId, mine + 1);
      total++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        total--;
        const left = (perUser.get(userId) ?? 1) - 1;
        if (left > 0) perUser.set(userId, left);
        else perUser.delete(userId);
      };
    },
    /** Uploads in flight now. */
    inFlight: (): number => total,
  };
}

export type UploadSlots = ReturnType<typeof createUploadSlots>;

const busy = (message: string): AppError =>
  new AppError('too_many_uploads', message, undefined, {
    'retry-after': String(RETRY_AFTER_S),
    connection: 'close',
  });
