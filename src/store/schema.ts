import type { Generated } from 'kysely';

/**
 * The database as Kysely sees it, identical on SQLite and PostgreSQL.
 * Times are ISO-8601 UTC text (sortable, same on both dialects); ids are UUID text.
 * Every table after `users` carries `user_id` and every query on it is scoped by it.
 */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  user_settings: UserSettingsTable;
}

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  created_at: string;
}

export interface SessionsTable {
  /** HMAC-SHA256 of the cookie token: a stolen database cannot log anyone in. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface UserSettingsTable {
  user_id: string;
  units: 'km' | 'mi';
  updated_at: string;
}

export type SeqId = Generated<number>;
