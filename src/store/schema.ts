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
  checkins: CheckinsTable;
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

export interface CheckinsTable {
  id: string;
  user_id: string;
  created_at: string;
  age: number;
  sex: string;
  /** 1 when every red-flag question was answered; integers keep both dialects alike. */
  complete: number;
  /** The answers as given: JSON array of {code, value}. */
  findings_json: string;
  urgency: string;
  /** The engine's whole result at the time: JSON. Kept so history shows what the runner was told. */
  result_json: string;
  pain_score: number | null;
}

export type SeqId = Generated<number>;
