// `npm run explain -- FILE`: what one article yields, sentence by sentence, and why — the expressions found, the
// dates they resolve to, the kind and the cue that decided it, or why a sentence yields nothing.
import { readFile } from 'node:fs/promises';
import { parseArticle } from '../src/articles/read-article.js';
import { compareCalendarDates, formatHumanWithWeekday, parseCalendarDate } from '../src/calendar/calendar-date.js';
import { classifySentence } from '../src/classify/classify-sentence.js';
import { resolveDates } from '../src/dates/resolve-dates.js';
import { numericOrderOf } from '../src/dates/refiners/numeric-dates.js';
import { isTarget } from '../src/extract/extract-mentions.js';
import { furnitureSentences, photoDates, toldInCaption } from '../src/extract/furniture.js';
import { dayHeadings } from '../src/extract/day-headings.js';
import { yearHeadings } from '../src/extract/year-headings.js';
import { presentTroopLevel } from '../src/extract/present-level.js';
import { buildEvents } from '../src/pipeline.js';
import type { ResolvedDate } from '../src/types.js';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run explain -- content/articles/<file>.md');
  process.exit(2);
}

const article = parseArticle(file, await readFile(file, 'utf8'));
const published = parseCalendarDate(article.published)!;
console.log(`${article.title}\npublished ${formatHumanWithWeekday(published)}${article.publisher ? `, ${article.publisher}` : ''}\n`);

// "Two days later, …" counts from the previous dated sentence, as extraction does (src/extract/extract-mentions.ts).
let lastDate: ResolvedDate | undefined;
const numericOrder = numericOrderOf(article.sentences.map((s) => s.text));
// As extraction reads the page (src/extract/extract-mentions.ts): its furniture, and a chronology's year headings.
const furniture = furnitureSentences(article.sentences, { body: article.body, authors: article.authors ?? [], title: article.title });
const headings = yearHeadings(article.body);
const diary = dayHeadings(article.body, published);
const photos = photoDates(article.sentences);
const document = numericOrder ? { numericOrder } : {};
const FURNITURE_REASON = {
  label: 'a labelled box that is not the report (teaser, related links, newsletter, sport or weather brief)',
  notice: 'a notice about the article itself (correction, amendment, editor\'s note)',
  teaser: 'a headline carrying its own date in parentheses (another story)',
  caption: 'a photo caption describing the picture: its date is the photo\'s',
  headline: 'the article\'s headline, repeated in the body',
};
for (const sentence of article.sentences) {
  console.log(`${sentence.id}  ${sentence.text}`);
  const entry = diary.get(sentence.paragraph);
  if (entry) console.log(`      a diary entry of ${formatHumanWithWeekday(entry)}: its days count from that day ("published" below)`);
  const kindOfFurniture = furniture.get(sentence.index);
  const yearHeading = headings.get(sentence.paragraph);
  const options = yearHeading === undefined ? document : { ...document, yearHeading };
  const photo = photos.get(sentence.paragraph);
  const told = (d: ResolvedDate) => toldInCaption(sentence.text, d.index, photo, d.text);
  const captionDates = kindOfFurniture === 'caption' && resolveDates(sentence.text, diary.get(sentence.paragraph) ?? published, lastDate, options).dates.some(told);
  if (kindOfFurniture && !captionDates) {
    console.log(`      nothing: page furniture, ${FURNITURE_REASON[kindOfFurniture]}\n`);
    continue;
  }
  if (captionDates) console.log('      a caption: only dates a past-tense verb of their own clause governs, or days other than the photo\'s, tell a development');
  const { dates, relative } = resolveDates(sentence.text, diary.get(sentence.paragraph) ?? published, lastDate, options);
  const previous = article.sentences[sentence.index - 1]?.text;
  // The latest day a date that dates a development reaches, else the first date (as extraction does).
  lastDate = dates.filter((d) => classifySentence(sentence.text, d.index, previous)).sort((a, b) => compareCalendarDates(a.date, b.date) || a.index - b.index).at(-1) ?? dates[0] ?? lastDate;
  if (!dates.length && !relative.length) {
    // A present-tense troop level is dated by publication, as extraction does (src/extract/present-level.ts).
    const level = presentTroopLevel(sentence.text, published);
    if (level) {
      console.log(`      date  ${level.date.reason}  [${level.date.tag}; stated nothing]`);
      console.log(`      kind  ${level.classification.type} (CAMEO ${level.classification.cameo}), cue "${level.classification.cue}"\n`);
    } else console.log('      nothing: no temporal expression\n');
    continue;
  }
  for (const date of dates) {
    if (kindOfFurniture === 'caption' && !told(date)) {
      console.log(`      date  ${date.reason}\n      nothing: the photo's date`);
      continue;
    }
    console.log(`      date  ${date.reason}  [${date.tag}; stated ${date.stated.join('+') || 'nothing'}]`);
    if (isTarget(sentence.text, date, published)) {
      console.log('      nothing: a deadline a year ahead ("by 2027") is a target, not the date of a development');
      continue;
    }
    // As extraction does: a cue right before another date of the sentence is that date's (classify-sentence.ts).
    const aside = relative.filter((r) => date.index < r.index).map((r) => ({ start: r.index, end: r.index + r.text.length }));
    const elsewhere = dates.filter((o) => o !== date).map((o) => ({ start: o.index, end: o.index + o.text.length }));
    const kind = classifySentence(sentence.text, date.index, previous, aside, elsewhere);
    console.log(kind ? `      kind  ${kind.type} (CAMEO ${kind.cameo}), cue "${kind.cue}"` : '      nothing: the sentence reports no talks, attack, troops or statement');
  }
  for (const rel of relative) {
    console.log(`      relative  "${rel.text}": ${rel.qualifier} ${rel.anchor} (dated only if that development is found)`);
  }
  console.log('');
}

const events = buildEvents([article]);
console.log(`${events.length} event${events.length === 1 ? '' : 's'} from this article alone:`);
for (const event of events) console.log(`  ${event.date.padEnd(10)}  ${event.type.padEnd(9)}  ${event.title}`);
