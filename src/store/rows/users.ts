/** The one mapping between a `users` row and an account, used by every query of the table. */
import type { Insertable, Selectable } from 'kysely';
import type { UsersTable } from '../schema';

export interface UserRow {
  id: string;
  email: string;
  passwordHash: string;
  createdAt: string;
}

export const userFromRow = (r: Selectable<UsersTable>): UserRow => ({
  id: r.id,
  email: r.email,
  passwordHash: r.password_hash,
  createdAt: r.created_at,
});

export const userToRow = (u: UserRow): Insertable<UsersTable> => ({
  id: u.id,
  email: u.email,
  password_hash: u.passwordHash,
  created_at: u.createdAt,
});
