import { describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { reusingStatements } from './sqlite-statements';

describe('reusingStatements', () => {
  it('prepares a statement once and gives it back for the same SQL, with fresh parameters each time', () => {
    const db = reusingStatements(new BetterSqlite3(':memory:'));
    const first = db.prepare('select ? + 1 as n');
    expect(db.prepare('select ? + 1 as n')).toBe(first);
    expect((first.all([1]) as { n: number }[])[0]?.n).toBe(2);
    expect((db.prepare('select ? + 1 as n').all([41]) as { n: number }[])[0]?.n).toBe(42);
    db.close();
  });

  it('keeps only the most recently used statements past its bound', () => {
    const db = reusingStatements(new BetterSqlite3(':memory:'), 2);
    const a = db.prepare('select 1');
    const b = db.prepare('select 2');
    expect(db.prepare('select 1')).toBe(a); // a is now the most recent
    db.prepare('select 3'); // drops b, the least recent
    expect(db.prepare('select 1')).toBe(a);
    expect(db.prepare('select 2')).not.toBe(b);
    db.close();
  });

  it('still works after the schema changes under a kept statement', () => {
    const db = reusingStatements(new BetterSqlite3(':memory:'));
    db.prepare('create table t (a integer)').run([]);
    db.prepare('insert into t (a) values (?)').run([1]);
    const select = db.prepare('select * from t');
    expect(select.all([])).toEqual([{ a: 1 }]);
    db.prepare('alter table t add column b integer').run([]);
    expect(db.prepare('select * from t').all([])).toEqual([{ a: 1, b: null }]);
    db.close();
  });
});
