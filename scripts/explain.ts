// `npm run explain -- FILE`: what one article yields, sentence by sentence, and why — the expressions found, the
// dates they resolve to, the kind and the cue that decided it, or why a sentence yields nothing. It prints the trace
// extraction itself records (src/extract/trace.ts), so it cannot drift from what extraction does.
import { readFile } from 'node:fs/promises';
import { parseArticle } from '../src/articles/read-article.js';
import { formatHumanWithWeekday, formatIso, parseCalendarDate } from '../src/calendar/calendar-date.js';
import { traceExtraction } from '../src/extract/extract-mentions.js';
import type { TraceStep } from '../src/extract/trace.js';
import { buildEvents } from '../src/pipeline.js';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run explain -- content/articles/<file>.md');
  process.exit(2);
}

const article = parseArticle(file, await readFile(file, 'utf8'));
const published = parseCalendarDate(article.published)!;
console.log(`${article.title}\npublished ${formatHumanWithWeekday(published)}${article.publisher ? `, ${article.publisher}` : ''}\n`);

const { trace } = traceExtraction(article);
/** Steps that give a mention: printed with the mention's kind, cue and date. */
const GIVES = new Set(['mention', 'present-level', 'relative-from-clause', 'relative-anchor-clause', 'relative-same-day']);

function line(step: TraceStep): string {
  if (GIVES.has(step.code) && step.mention) {
    const { classification: c, date } = step.mention;
    const on = `${date.qualifier ? `${date.qualifier} ` : ''}${formatIso(date.date)}`;
    const why = step.code === 'mention' ? '' : `\n        (${step.code}: ${step.message})`;
    return `      kind  ${c.type} (CAMEO ${c.cameo}), cue "${c.cue}"  → a mention on ${on}, from "${date.text}"${why}`;
  }
  const notes = step.classifier?.map((n) => `\n        ${n.code}: ${n.message}`).join('') ?? '';
  return `      ${step.code}  ${step.message}${notes}`;
}

for (const sentence of trace.sentences) {
  console.log(`${article.sentences[sentence.index]!.id}  ${sentence.text}`);
  for (const step of sentence.steps) console.log(line(step));
  console.log('');
}

const events = buildEvents([article]);
console.log(`${events.length} event${events.length === 1 ? '' : 's'} from this article alone:`);
for (const event of events) console.log(`  ${event.date.padEnd(10)}  ${event.type.padEnd(9)}  ${event.title}`);
