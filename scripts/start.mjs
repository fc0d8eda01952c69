// `npm start`: build what is missing or stale (the web app, the compiled server in dist/), then serve the
// compiled server on http://localhost:8080 with SQLite under ./data.
import { spawn } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWebIfNeeded } from './build-web-if-needed.mjs';
import { buildServerIfNeeded } from './build-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
buildWebIfNeeded();
await buildServerIfNeeded();
const child = spawn(process.execPath, [join(root, 'bin/backstride'), 'serve', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { LOG_LEVEL: 'warn', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
