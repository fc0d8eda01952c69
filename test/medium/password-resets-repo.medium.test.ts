import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshStore, type TestStore } from '../support/databases';
import { createRepositories, type Repositories } from '../../src/store/repositories';

const T0 = '2026-12-01T10:00:00.000Z';
const T1 = '2026-12-01T11:00:00.000Z';

for (const dialect of DIALECTS) {
  describe(`password resets repository [${dialect}]`, () => {
    let db: TestStore;
    let repos: Repositories;
    const user = (id: string) =>
      repos.users.create({ id, email: `${id}@example.org`, passwordHash: 'old', createdAt: T0 });
    const reset = (tokenHash: string, userId: string, expiresAt = T1) =>
      repos.passwordResets.create({ tokenHash, userId, createdAt: T0, expiresAt, usedAt: null });

    beforeAll(async () => {
      db = await freshStore(dialect);
      repos = createRepositories(db.store.db);
      await user('ana');
      await user('ben');
    });
    afterAll(async () => db?.drop());

    it('stores a token hash and reads it back through the row mapper', async () => {
      await reset('h-find', 'ana');
      expect(await repos.passwordResets.find('h-find')).toEqual({
        tokenHash: 'h-find',
        userId: 'ana',
        createdAt: T0,
        expiresAt: T1,
        usedAt: null,
      });
      expect(await repos.passwordResets.find('h-missing')).toBeUndefined();
    });

    it('uses a token once, and never after it expires', async () => {
      await reset('h-once', 'ana');
      expect(await repos.passwordResets.consume('h-once', '2026-12-01T10:30:00.000Z')).toBe(true);
      expect(await repos.passwordResets.consume('h-once', '2026-12-01T10:31:00.000Z')).toBe(false);
      expect((await repos.passwordResets.find('h-once'))?.usedAt).toBe('2026-12-01T10:30:00.000Z');
      await reset('h-late', 'ana');
      expect(await repos.passwordResets.consume('h-late', T1)).toBe(false);
      expect(await repos.passwordResets.consume('h-missing', T0)).toBe(false);
    });

    it("deletes one user's tokens, keeping the one asked for, and never another user's", async () => {
      await reset('h-a1', 'ana');
      await reset('h-a2', 'ana');
      await reset('h-b1', 'ben');
      await repos.passwordResets.deleteForUser('ana', 'h-a2');
      expect(await repos.passwordResets.find('h-a1')).toBeUndefined();
      expect(await repos.passwordResets.find('h-a2')).toBeDefined();
      expect(await repos.passwordResets.find('h-b1')).toBeDefined();
      expect(await repos.passwordResets.deleteForUser('ana')).toBeGreaterThan(0);
      expect(await repos.passwordResets.find('h-a2')).toBeUndefined();
      expect(await repos.passwordResets.find('h-b1')).toBeDefined();
    });

    it('prunes expired tokens only', async () => {
      await reset('h-old', 'ben', '2026-12-01T09:00:00.000Z');
      await reset('h-new', 'ben', T1);
      expect(await repos.passwordResets.deleteExpired(T0)).toBe(1);
      expect(await repos.passwordResets.find('h-old')).toBeUndefined();
      expect(await repos.passwordResets.find('h-new')).toBeDefined();
    });

    it('sets a password hash and ends all sessions of one user only', async () => {
      expect(await repos.users.setPasswordHash('ana', 'new-hash')).toBe(true);
      expect((await repos.users.findById('ana'))?.passwordHash).toBe('new-hash');
      expect((await repos.users.findById('ben'))?.passwordHash).toBe('old');
      expect(await repos.users.setPasswordHash('nobody', 'x')).toBe(false);
      for (const [tokenHash, userId] of [
        ['s1', 'ana'],
        ['s2', 'ana'],
        ['s3', 'ben'],
      ] as const) {
        await repos.sessions.create({ tokenHash, userId, createdAt: T0, expiresAt: T1, lastSeenAt: T0 });
      }
      expect(await repos.sessions.deleteForUser('ana')).toBe(2);
      expect(await repos.sessions.findActive('s1', T0)).toBeUndefined();
      expect(await repos.sessions.findActive('s3', T0)).toMatchObject({ userId: 'ben' });
    });

    it('drops a user’s tokens with the user', async () => {
      await user('gone');
      await reset('h-gone', 'gone');
      await db.store.db.deleteFrom('users').where('id', '=', 'gone').execute();
      expect(await repos.passwordResets.find('h-gone')).toBeUndefined();
    });
  });
}
