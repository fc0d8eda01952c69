/**
 * Seeds one runner with ten years of history into a database for the API benchmark:
 * `node bin/run-ts bench/api-seed.ts TARGET EMAIL PASSWORD`. Prints one JSON line.
 */
import { registerAccount } from '../src/app/accounts';
import { openStore } from '../src/store/database';
import { migrateToLatest } from '../src/store/migrate';
import { createRepositories } from '../src/store/repositories';
import { createShoe, retireShoe } from '../src/app/shoes';
import { HISTORY, SHOE_NAMES, syntheticHistory } from './api-history';

const [target, email, password] = process.argv.slice(2);
if (!target || !email || !password) throw new Error('usage: api-seed.ts TARGET EMAIL PASSWORD');

const store = openStore(target);
await migrateToLatest(store);
const repos = createRepositories(store.db);
const now = new Date();
const account = await registerAccount(repos, { email, password }, now);
if (!account.ok) throw new Error(account.error.message);
const shoeIds: string[] = [];
for (const [i, name] of SHOE_NAMES.entries()) {
  const [brand, ...model] = name.split(' ');
  const shoe = await createShoe({ repos, now }, account.value.id, {
    brand: brand!,
    model: model.join(' '),
    startKm: i === 0 ? 120 : 0,
  });
  shoeIds.push(shoe.id);
}
const runs = syntheticHistory(now, shoeIds, HISTORY.runs, HISTORY.years);
for (let i = 0; i < runs.length; i += 500) {
  await repos.runs.insertMany(
    account.value.id,
    runs.slice(i, i + 500).map((run) => ({ run, series: null })),
  );
}
// The pairs worn out before the last two are retired, as a runner would.
for (const id of shoeIds.slice(0, -2)) await retireShoe({ repos, now }, account.value.id, id, true);
await store.close();
console.log(JSON.stringify({ runs: runs.length, shoes: shoeIds.length }));
