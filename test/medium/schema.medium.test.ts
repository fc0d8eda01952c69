import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteMigrations } from '../../src/store/migrations/sqlite';
import { postgresMigrations } from '../../src/store/migrations/postgres';
import type { DialectName } from '../../src/store/database';
import { DIALECTS, freshStore, type TestStore } from '../support/databases';

/** Column types as each dialect reports them, mapped to one vocabulary. */
const GENERIC_TYPE: Record<string, string> = {
  text: 'text',
  varchar: 'text',
  integer: 'integer',
  int4: 'integer',
  int8: 'bigint',
  bigint: 'bigint',
  real: 'real',
  float8: 'real',
  'double precision': 'real',
  boolean: 'boolean',
  bool: 'boolean',
  blob: 'bytes',
  bytea: 'bytes',
};

async function describeSchema(t: TestStore) {
  const tables = await t.store.db.introspection.getTables();
  return tables
    .filter((table) => !table.name.startsWith('kysely_'))
    .map((table) => ({
      table: table.name,
      columns: table.columns
        .map((c) => ({
          name: c.name,
          type: GENERIC_TYPE[c.dataType.toLowerCase()] ?? `unmapped:${c.dataType}`,
          nullable: c.isNullable,
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    }))
    .sort((a, b) => a.table.localeCompare(b.table));
}

describe('migrations', () => {
  it('have identical names in both dialects', () => {
    expect(Object.keys(postgresMigrations)).toEqual(Object.keys(sqliteMigrations));
    expect(Object.keys(sqliteMigrations).length).toBeGreaterThan(0);
  });

  const schemas = new Map<DialectName, Awaited<ReturnType<typeof describeSchema>>>();
  const stores: TestStore[] = [];
  beforeAll(async () => {
    for (const dialect of DIALECTS) {
      const t = await freshStore(dialect);
      stores.push(t);
      schemas.set(dialect, await describeSchema(t));
    }
  });
  afterAll(async () => {
    for (const t of stores) await t.drop();
  });

  it('create tables with known column types', () => {
    for (const schema of schemas.values()) {
      expect(schema.map((s) => s.table)).toContain('users');
      for (const table of schema)
        for (const column of table.columns) expect(column.type).not.toMatch(/^unmapped/);
    }
  });

  it.runIf(DIALECTS.includes('postgres'))('reach the same schema on SQLite and PostgreSQL', () => {
    expect(schemas.get('postgres')).toEqual(schemas.get('sqlite'));
  });
});
