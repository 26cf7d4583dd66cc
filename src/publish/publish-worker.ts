// The summary worker's entry (see summary-worker.ts): a file of its own, so that nothing else starts it by importing.
import { runSummaryWorker } from './summary-worker.js';

await runSummaryWorker();
