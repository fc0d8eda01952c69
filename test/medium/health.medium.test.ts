import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshStore } from '../support/databases';
import { createTestApp, type TestApp } from '../support/test-app';
import { createServer, connect, type AddressInfo, type Socket } from 'node:net';
import { openStore } from '../../src/store/database';

for (const dialect of DIALECTS) {
  describe(`GET /api/health asks the database [${dialect}]`, () => {
    const apps: TestApp[] = [];
    afterAll(async () => {
      for (const t of apps) await t.close();
    });

    it('answers 200 with the database kind while the database answers', async () => {
      const t = await createTestApp(dialect);
      apps.push(t);
      const res = await t.app.inject({ url: '/api/health' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ status: 'ok', db: dialect, version: 'test' });
    });

    it('answers 503 database_unavailable, saying so plainly, once its database is closed', async () => {
      const db = await freshStore(dialect);
      const t = await createTestApp(dialect, { store: db });
      apps.push(t);
      expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(200);
      await db.store.close();
      const res = await t.app.inject({ url: '/api/health' });
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      const body = res.json();
      expect(body.code).toBe('database_unavailable');
      expect(body.message).toMatch(/cannot reach its (SQLite|PostgreSQL) database .* cannot serve requests/);
      await db.drop().catch(() => undefined);
    });
  });
}

describe.runIf(DIALECTS.includes('postgres'))('GET /api/health [postgres behind a link that breaks]', () => {
  it('answers 503 while the database cannot be reached, and 200 again once it can, without the process falling', async () => {
    const db = await freshStore('postgres');
    const real = new URL(db.target);
    const link = await tcpLink(real.hostname, Number(real.port || 5432));
    const url = new URL(db.target);
    url.port = String(link.port);
    const store = openStore(url.toString());
    const t = await createTestApp('postgres', {
      store: { store, target: url.toString(), drop: () => store.close() },
    });
    try {
      expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(200);
      await link.cut();
      const res = await t.app.inject({ url: '/api/health' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ code: 'database_unavailable' });
      expect(res.json().message).toMatch(
        /cannot reach its PostgreSQL database \((ECONNREFUSED|ECONNRESET|.*terminated.*)\)/,
      );
      await link.restore();
      expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(200);
    } finally {
      await t.app.close();
      await store.close();
      await link.cut();
      await db.drop();
    }
  });
});

/** A TCP relay to host:port on a port of its own, that can be cut (connections dropped, port closed) and restored. */
async function tcpLink(host: string, port: number) {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(port, host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => {
        sockets.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  const listen = (at: number) =>
    new Promise<number>((resolve) =>
      server.listen(at, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
    );
  const own = await listen(0);
  return {
    port: own,
    async cut() {
      if (!server.listening) return;
      const closed = new Promise((resolve) => server.close(resolve));
      for (const s of sockets) s.destroy();
      await closed;
    },
    restore: () => listen(own),
  };
}
