import { AppError } from './app-error';

export interface UploadSlotLimits {
  /** Uploads one account may be sending at once. */
  perUser: number;
  /** Uploads the server receives at once, all accounts together. */
  total: number;
}

/**
 * Each upload being received holds a socket and an open spool file until it ends or times out; these
 * slots bound how many, so stalled or dripping uploads cannot use up the process's file descriptors
 * (or the disk), and one account cannot take every slot.
 */
export const DEFAULT_UPLOAD_SLOTS: Readonly<UploadSlotLimits> = Object.freeze({ perUser: 2, total: 16 });

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
