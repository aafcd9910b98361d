// Troop figures over time, one series per force, for the troop chart and its table.
//
// Which figures: the quantities of every event that is not an attack (in an attack, soldiers counted are attackers
// or casualties, not a force's strength) that count forces — `troops` (the extractor folds soldiers, forces,
// personnel, marines, peacekeepers … into it) and other force nouns (recruits, fighters, reservists …) — and
// percentages that are a share of forces ("nearly 60 percent of international coalition forces"). A percentage
// of anything else is not a troop figure.
//
// Which force, read from the words in this order (the first that names one wins; `basis` records which):
//   1. modifier: capitalised words, or a collective like "coalition" or "rebel", between the number and the noun
//      ("2,500 US troops", "2,500 American soldiers", "5,000 coalition troops", "3,000 foreign troops");
//   2. share-of: for a percentage, the words between "percent of" and the force noun;
//   3. actor: the event's actor nearest before the figure in the source sentence (else nearest after) that names
//      a body — an acronym, a name ending in a word like forces/army/government/coalition, or a name also seen as
//      a place (a country); a person is never a force. "Popular Mobilisation Forces (PMF)" is spelled PMF;
//   4. name: a capitalised name right before a force noun anywhere in the sentence ("the CSU stabilisation force");
//   5. unnamed: "troops (force not named)".
// Spellings of one force meet under one key: US/U.S./United States/America/American → us, UK/Britain/British → uk,
// a name of several capitalised words → its initials (Popular Mobilisation Forces → pmf, like PMF), a single word
// → a light demonym stem (Iraqi and Iraq, Russian and Russia). A series is keyed by force and what is counted,
// so "US troops" and "PMF recruits" and "international coalition share (%)" are separate lines. Its label uses
// an acronym when one was seen, else the most common spelling.
import type { DateQualifier, EventType, Precision, Quantity, TimelineEvent } from '../types.js';

export type TroopUnit = 'count' | 'percent';
export type ForceBasis = 'modifier' | 'share-of' | 'actor' | 'name' | 'unnamed';

export interface TroopFigure {
  /** The event the figure belongs to. */
  event: string;
  url: string;
  title: string;
  type: EventType;
  date: string;
  precision: Precision;
  qualifier?: DateQualifier;
  value: number;
  /** The words that gave the figure ("2,500 US troops"). */
  text: string;
  /** The cited sentence: `/articles/<slug>/#s-<n>`. */
  source: string;
  /** How the force was identified (see the module header). */
  basis: ForceBasis;
}

export interface TroopSeries {
  /** `<force key>|<counted>`, stable across builds: "us|troops", "pmf|recruits", "international coalition|share". */
  key: string;
  /** "US troops", "PMF recruits", "international coalition share (%)", "troops (force not named)". */
  label: string;
  /** The force as labelled ("US", "PMF"), '' when no force is named. */
  force: string;
  /** What is counted: "troops", "recruits", … or "share" for percentages. */
  counts: string;
  unit: TroopUnit;
  /** In timeline order. */
  figures: TroopFigure[];
}

/** Force nouns beyond `troops` that the extractor keeps as their own word. */
const FORCE_COUNTS = new Set('troops recruits reservists conscripts fighters militiamen mercenaries paratroopers commandos sailors airmen guardsmen'.split(' '));
/** Nouns that close a phrase naming a force ("… coalition forces", "the CSU stabilisation force"). */
const FORCE_NOUN = '(?:troops?|soldiers?|forces?|personnel|contingent|army|garrison|mission|fighters|recruits|militia|marines)';
/** Lower-case words that name whose a force is when they modify the noun ("coalition troops", "rebel fighters"). */
const COLLECTIVES = new Set('coalition allied foreign international multinational government rebel rebels militia opposition army navy police nato un'.split(' '));
/** Last words that make an actor a body rather than a person. */
const BODY_HEADS = new Set(
  'forces force army armies government coalition ministry militia militias military navy command union alliance mission guard guards units brigade brigades regiment battalion division police council authority authorities state states corps'.split(' '),
);
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion a an'.split(' '),
);
const NOT_OWNERS = new Set('the a an its their his her our this that these those some all about around nearly almost over more than extra additional another'.split(' '));
const ALIASES: Record<string, string> = {
  us: 'us', 'united states': 'us', america: 'us', american: 'us', americans: 'us', 'united states of america': 'us',
  uk: 'uk', 'united kingdom': 'uk', britain: 'uk', 'great britain': 'uk', british: 'uk',
};
const ALIAS_LABELS: Record<string, string> = { us: 'US', uk: 'UK' };

const isAcronym = (word: string) => /^(?:[A-Z]\.?){2,6}$/.test(word) || /^[A-Z][A-Z&]{1,5}$/.test(word);
const capitalised = (word: string) => /^[A-Z]/.test(word) && !/-[a-z]/.test(word);

/** The key under which spellings of one force meet (see the module header). */
export function forceKey(force: string): string {
  const words = force.replace(/['’]s$/, '').split(/\s+/).filter(Boolean);
  while (words.length > 1 && /^the$/i.test(words[0]!)) words.shift();
  const plain = words.join(' ').toLowerCase().replace(/\./g, '');
  if (ALIASES[plain]) return ALIASES[plain]!;
  const caps = words.filter((w) => capitalised(w) && !/^(?:of|the|for|and)$/i.test(w));
  if (caps.length >= 2 && caps.length === words.filter((w) => !/^(?:of|the|for|and)$/i.test(w)).length) {
    return caps.map((w) => w[0]!.toLowerCase()).join('');
  }
  if (words.length === 1) {
    if (isAcronym(words[0]!)) return plain;
    const stem = plain.replace(/(?:ian|ean|an|ish|ese|ia|i|a|e|s)$/, '');
    return stem.length >= 4 ? stem : plain;
  }
  return plain;
}

/** Words of a quantity's text between its number and its noun: "2,500 US troops" → ["US"]. */
function modifierWords(text: string): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && (/^[\d.,]+/.test(words[i]!) || NUMBER_WORDS.has(words[i]!.toLowerCase()))) i++;
  return words.slice(i, -1);
}

function fromModifier(text: string): string {
  const owners = modifierWords(text).filter((w) => capitalised(w) || COLLECTIVES.has(w.toLowerCase()));
  return owners.join(' ');
}

/** "… 60 percent of international coalition forces" → "international coalition"; undefined when not a share of forces. */
function shareOf(after: string): string | undefined {
  const m = new RegExp(`^\\s*(?:of|among)\\s+((?:[\\w.'’-]+\\s+){0,4}?)${FORCE_NOUN}\\b`, 'i').exec(after);
  if (!m) return undefined;
  const words = m[1]!.trim().replace(/['’]s$/, '').split(/\s+/).filter((w) => w && !NOT_OWNERS.has(w.toLowerCase()));
  return words.join(' ');
}

function isBody(actor: string, places: ReadonlySet<string>): boolean {
  const words = actor.split(/\s+/);
  if (words.length === 1 && isAcronym(actor)) return true;
  if (BODY_HEADS.has(words.at(-1)!.toLowerCase())) return true;
  return places.has(actor.toLowerCase());
}

interface Found {
  force: string;
  basis: ForceBasis;
}

/** The body-like actor nearest the figure in the sentence, preferring one before it; spelled by its acronym when the sentence gives one. */
function fromActors(quote: string, at: number, actors: readonly string[], places: ReadonlySet<string>): string {
  let best: { name: string; score: number } | undefined;
  for (const actor of actors) {
    if (!isBody(actor, places)) continue;
    let from = quote.indexOf(actor);
    while (from >= 0) {
      const end = from + actor.length;
      const score = end <= at ? at - end : 10_000 + (from - at);
      const acronym = /^\s*\(([A-Z][A-Z&.]{1,7})\)/.exec(quote.slice(end));
      const name = acronym ? acronym[1]! : actor;
      if (!best || score < best.score) best = { name, score };
      from = quote.indexOf(actor, end);
    }
  }
  return best?.name ?? '';
}

/** "The CSU stabilisation force …" → "CSU": a capitalised name right before a force noun, nearest the figure. */
function fromName(quote: string, at: number): string {
  const pattern = new RegExp(`\\b((?:[A-Z][\\w.'’&-]*\\s+)*[A-Z][\\w.&-]*)(?:['’]s)?\\s+(?:[a-z]+\\s+)?${FORCE_NOUN}\\b`, 'g');
  let best: { name: string; distance: number } | undefined;
  for (const m of quote.matchAll(pattern)) {
    const words = m[1]!.split(/\s+/).filter((w) => !NOT_OWNERS.has(w.toLowerCase()) && !/-[a-z]/.test(w));
    if (!words.length) continue;
    const distance = Math.abs(m.index! - at);
    if (!best || distance < best.distance) best = { name: words.join(' '), distance };
  }
  return best?.name ?? '';
}

function findForce(quantity: Quantity, quote: string, actors: readonly string[], places: ReadonlySet<string>): Found | undefined {
  const at = Math.max(0, quote.indexOf(quantity.text));
  if (quantity.counts === 'percent') {
    const owner = shareOf(quote.slice(at + quantity.text.length));
    if (owner === undefined) return undefined;
    if (owner) return { force: owner, basis: 'share-of' };
  } else {
    const owner = fromModifier(quantity.text);
    if (owner) return { force: owner, basis: 'modifier' };
  }
  const actor = fromActors(quote, at, actors, places);
  if (actor) return { force: actor, basis: 'actor' };
  const name = fromName(quote, at);
  if (name) return { force: name, basis: 'name' };
  return { force: '', basis: 'unnamed' };
}

function label(force: string, counts: string): string {
  if (counts === 'share') return force ? `${force} share (%)` : 'share of forces (%)';
  if (!force) return `${counts} (force not named)`;
  const last = force.split(/\s+/).at(-1)!.toLowerCase();
  if (counts === 'troops' && new RegExp(`^${FORCE_NOUN}$`).test(last)) return force;
  return `${force} ${counts}`;
}

/** The spelling a force is labelled with: an acronym or alias when one was seen, else the most common, then the first. */
function spelling(key: string, seen: readonly string[]): string {
  if (ALIAS_LABELS[key]) return ALIAS_LABELS[key]!;
  const acronym = seen.find((s) => isAcronym(s.replace(/\./g, '')) && s.replace(/\./g, '').toLowerCase() === key);
  if (acronym) return acronym;
  const counts = new Map<string, number>();
  for (const s of seen) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** Troop figures of `events` (in timeline order) grouped into one series per force and thing counted. */
export function troopSeries(events: readonly TimelineEvent[]): TroopSeries[] {
  const places = new Set(events.flatMap((e) => e.places.map((p) => p.toLowerCase())));
  const groups = new Map<string, { counts: string; unit: TroopUnit; spellings: string[]; figures: TroopFigure[]; seen: Set<string> }>();
  for (const event of events) {
    if (event.type === 'attack') continue;
    for (const source of event.sources) {
      for (const quantity of source.quantities) {
        if (quantity.counts !== 'percent' && !FORCE_COUNTS.has(quantity.counts)) continue;
        const found = findForce(quantity, source.quote, event.actors, places);
        if (!found) continue;
        const counts = quantity.counts === 'percent' ? 'share' : quantity.counts;
        const key = `${found.force ? forceKey(found.force) : ''}|${counts}`;
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { counts, unit: counts === 'share' ? 'percent' : 'count', spellings: [], figures: [], seen: new Set() }));
        if (found.force) group.spellings.push(found.force);
        // The same figure told by several sources of one event is one point.
        const once = `${event.id}|${quantity.value}`;
        if (group.seen.has(once)) continue;
        group.seen.add(once);
        group.figures.push({
          event: event.id,
          url: event.url,
          title: event.title,
          type: event.type,
          date: event.date,
          precision: event.precision,
          ...(event.qualifier ? { qualifier: event.qualifier } : {}),
          value: quantity.value,
          text: quantity.text,
          source: source.url,
          basis: found.basis,
        });
      }
    }
  }
  // Groups are created in timeline order, so a series' place is where its first figure falls.
  return [...groups].map(([key, group]) => {
    const force = group.spellings.length ? spelling(key.split('|')[0]!, group.spellings) : '';
    return { key, label: label(force, group.counts), force, counts: group.counts, unit: group.unit, figures: group.figures };
  });
}

/** "2,500", "60%": digits grouped by threes in code, not by the locale, which a build must not depend on. */
export function formatFigure(value: number, unit: TroopUnit): string {
  const [whole, fraction] = String(value).split('.') as [string, string | undefined];
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}${unit === 'percent' ? '%' : ''}`;
}
