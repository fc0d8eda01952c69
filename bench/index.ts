/** `npm run bench`: every benchmark, each printing its numbers and its ratio against a baseline run alongside. */
import { runImportBench } from './import.bench';
import { runCliBench } from './cli.bench';
import { runApiBench } from './api.bench';

await runImportBench();
console.log('');
await runCliBench();
console.log('');
await runApiBench();
