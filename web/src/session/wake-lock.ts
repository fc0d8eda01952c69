import { useEffect } from 'react';

/**
 * Keeps the screen on while `active` (a session running), where the browser has the Screen Wake Lock API.
 * The browser drops the lock when the page is hidden; it is asked for again when the page comes back.
 * Released on pause, at the end and when the player is left.
 */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | null = null;
    let gone = false;
    const request = () => {
      if (document.visibilityState !== 'visible') return;
      navigator.wakeLock
        .request('screen')
        .then((l) => {
          if (gone) void l.release();
          else lock = l;
        })
        .catch(() => undefined); // Refused (battery saver, no permission): the session runs anyway.
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible' && (lock === null || lock.released)) request();
    };
    request();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      gone = true;
      document.removeEventListener('visibilitychange', onVisibility);
      void lock?.release().catch(() => undefined);
    };
  }, [active]);
}
