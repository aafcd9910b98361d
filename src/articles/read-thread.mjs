// A worker thread's task (read-parallel.ts): a batch of article files → what reading each gave. Node 20 does not
// carry the build's TypeScript loader into worker threads, so this plain-JavaScript entry registers tsx itself first.
import { register } from 'tsx/esm/api';

register();
const { readOne } = await import('./read-one.ts');

export default function readBatch(jobs) {
  return jobs.map(readOne);
}
