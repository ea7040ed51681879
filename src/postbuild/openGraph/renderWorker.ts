/**
 * A worker thread that renders a share of the Open Graph images (see renderInWorkers in write.ts):
 * satori lays out text on the JavaScript thread, so one thread per core renders a large batch
 * about twice as fast on the two-core build machines.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderBatch, type BatchInput } from './write';

const input = workerData as BatchInput;
const result = await renderBatch(input);
parentPort!.postMessage(result);
