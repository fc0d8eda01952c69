/** `npm run bench`: every benchmark, each printing its numbers and its ratio against a baseline run alongside. */
import { runImportBench } from './import.bench';

await runImportBench();
