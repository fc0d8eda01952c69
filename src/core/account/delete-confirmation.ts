/** What a runner types to confirm deleting the account: a phrase, so a stray tap never deletes anything. */
export const DELETE_PHRASE = 'delete my account';

/**
 * Whether the typed text confirms deletion (case and surrounding spaces aside).
 * @example isDeleteConfirmed(' Delete my account ') // true
 */
export function isDeleteConfirmed(typed: string): boolean {
  return typed.trim().replace(/\s+/g, ' ').toLowerCase() === DELETE_PHRASE;
}
