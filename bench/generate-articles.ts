// Synthetic articles for the benchmark: realistic length and phrasing (dated sentences of every kind, weekdays and
// months, quotes, numbers, places and actors drawn from lists, and the furniture real pages carry), deterministic
// from a seed. Invented names only.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { articleSlug } from '../src/articles/slugify.js';
import { addDays, formatIso, MONTH_NAMES, WEEKDAY_NAMES, weekdayOf } from '../src/calendar/calendar-date.js';
import { renderArticleFile } from '../src/importer/render-article-file.js';
import type { CalendarDate } from '../src/types.js';

/** mulberry32: a small, fast, seedable PRNG, so the same seed gives the same corpus on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = ['Foreign Minister Lena Varga', 'President Tomas Rell', 'Defence Minister Idris Kalu', 'envoy Mara Osei', 'Prime Minister Anwar Seld', 'General Piet Dumas', 'spokeswoman Hana Ulric', 'Interior Minister Yusuf Taled'];
const BODIES = ['the Northern Front', 'the Coastal Alliance', 'the Ministry of Defence', 'the border council', 'the Harbour Militia', 'the mission command'];
const PLACES = ['Port Essa', 'Darun', 'Velmar', 'Kestrel Bay', 'Tesh', 'Lisvane', 'Orlen', 'Marrow Hill', 'Saltgate', 'Ferris Junction'];
const WEAPONS = ['a rocket attack', 'a drone strike', 'a roadside bomb', 'mortar fire', 'an airstrike'];
const FORCES = ['peacekeepers', 'troops', 'soldiers', 'advisers'];
const JUNK = ['Advertisement', 'Read also: Ten things to know about the ceasefire', 'Follow us on social media to stay connected', '3 min read', 'A+ A-'];

export interface GeneratedArticle {
  file: string;
  text: string;
}

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/** One article, about 25 sentences (~4 KB), published on `published`. */
export function generateArticle(rand: () => number, published: CalendarDate, index: number): GeneratedArticle {
  const weekdayBefore = (days: number) => WEEKDAY_NAMES[weekdayOf(addDays(published, -days))]!;
  const place = () => pick(rand, PLACES);
  const person = () => pick(rand, PEOPLE);
  const n = () => 100 + Math.floor(rand() * 4900);
  const month = MONTH_NAMES[(published.month! + 10) % 12]!;
  const dated = [
    () => `${person()} met ${pick(rand, BODIES)} in ${place()} on ${weekdayBefore(1 + Math.floor(rand() * 5))} to discuss a new round of talks.`,
    () => `On ${weekdayBefore(1 + Math.floor(rand() * 5))}, ${pick(rand, WEAPONS)} hit a checkpoint near ${place()}, wounding ${2 + Math.floor(rand() * 9)} people.`,
    () => `There are now ${thousands(n())} foreign ${pick(rand, FORCES)} in the country, officials said.`,
    () => `"We will not accept any delay," ${person()} said on ${weekdayBefore(Math.floor(rand() * 6))}.`,
    () => `The two sides held their first round of negotiations in ${month}, according to a joint statement.`,
    () => `${pick(rand, BODIES).replace(/^the /, 'The ')} handed over a base in ${place()} to local forces last year.`,
    () => `${person()} will visit ${place()} on ${WEEKDAY_NAMES[(weekdayOf(published) + 2) % 7]} for talks with local leaders.`,
    () => `In ${month}, ${pick(rand, WEAPONS)} struck a convoy outside ${place()}.`,
  ];
  const background = [
    () => `Residents of ${place()} say the situation remains tense and that prices for fuel have risen sharply.`,
    () => `Analysts expect the dispute over the border crossings to shape the coming negotiations.`,
    () => `The region has seen repeated clashes between armed groups and security forces over the past decade.`,
    () => `Aid groups have warned that the roads to ${place()} are often closed for days at a time.`,
  ];
  const paragraphs: string[] = [];
  for (let p = 0; p < 12; p++) {
    const sentences = [pick(rand, dated)(), pick(rand, background)(), pick(rand, background)()];
    if (rand() < 0.5) sentences.push(pick(rand, dated)());
    paragraphs.push(sentences.map(capitalise).join(' '));
    if (rand() < 0.15) paragraphs.push(pick(rand, JUNK));
  }
  const title = `${pick(rand, ['Talks', 'Clashes', 'Withdrawal', 'Tensions'])} in ${place()} as ${pick(rand, BODIES).replace(/^the /, '')} weighs next steps ${index}`;
  const iso = formatIso(published);
  const text = renderArticleFile({ title, published: iso, authors: ['Staff reporter'] }, paragraphs.join('\n\n'));
  return { file: `${articleSlug(title, iso)}.md`, text };
}

/** `count` articles published over the years after 2020, deterministic from `seed`. */
export function generateCorpus(count: number, seed = 1): GeneratedArticle[] {
  const rand = random(seed);
  const start: CalendarDate = { year: 2020, month: 1, day: 1 };
  return Array.from({ length: count }, (_, i) => generateArticle(rand, addDays(start, Math.floor((i * 1461) / Math.max(count, 1))), i));
}

export async function writeCorpus(dir: string, count: number, seed = 1): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const article of generateCorpus(count, seed)) await writeFile(path.join(dir, article.file), article.text);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const args = process.argv.slice(2);
  if (args.some((a) => a.startsWith('-'))) {
    console.log('usage: npx tsx bench/generate-articles.ts [DIR=bench/out/articles] [COUNT=100] [SEED=1]');
    process.exit(args.includes('--help') || args.includes('-h') ? 0 : 1);
  }
  const [dir = 'bench/out/articles', count = '100', seed = '1'] = args;
  await writeCorpus(dir, Number(count), Number(seed));
  console.log(`Wrote ${count} articles to ${dir}`);
}
