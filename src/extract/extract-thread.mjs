// The worker thread's entry (extract-parallel.ts). Node 20 does not carry the build's TypeScript loader into worker
// threads, so this plain-JavaScript entry registers tsx itself before loading the TypeScript task.
import { register } from 'tsx/esm/api';

register();
const { default: extractBatch } = await import('./extract-worker.ts');
export default extractBatch;
