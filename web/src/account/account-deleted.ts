const KEY = 'backstride:account-deleted';

/** Notes, for this tab only, that the account was just deleted: the log-in page says so once. */
export function markAccountDeleted(): void {
  try {
    sessionStorage.setItem(KEY, '1');
  } catch {
    // Storage refused (private mode): the log-in page just shows without the note.
  }
}

/** Whether the account was just deleted; the note is used up by reading it. */
export function takeAccountDeleted(): boolean {
  try {
    const was = sessionStorage.getItem(KEY) === '1';
    sessionStorage.removeItem(KEY);
    return was;
  } catch {
    return false;
  }
}
