// Numbers and what they count: "2,500 US troops" → 2500 troops, "nearly 60 percent of …" → 60 percent,
// "five people … were wounded" → 5 wounded, "at least four attacks" → 4 attacks.
// Handles digits with thousands separators and decimals, number words up to the thousands and "million"/"billion"
// multipliers. Years ("in 2017"), dates ("July 26", "26 July", "24-03-2021"), clock times, ordinals ("third
// phase") and compound adjectives ("25-year-old") are not quantities.

import type { Quantity } from '../types.js';
import { tokens, type Token } from '../nlp/wink.js';

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };
const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
const TROOP_COUNTS = new Set(
  'troop troops soldier soldiers force forces personnel servicemembers servicemen marines contingent peacekeepers trainers advisers advisors instructors paratroopers commandos reservists'.split(' '),
);
/** Bodies of troops whose strength "of N" gives: "a garrison of 400", "a battalion of 600". */
const UNIT_WORDS = new Set('garrison garrisons battalion battalions brigade brigades regiment regiments division divisions detachment mission'.split(' '));
/** Limits whose figure "of N" gives: "a ceiling of 6,500". */
const LIMITS = new Set(['ceiling', 'ceilings', 'cap', 'caps']);
const PEOPLE = new Set(
  'people persons person civilians civilian soldiers soldier troops members fighters policemen officers workers contractors children women men others militants guards pilgrims'.split(' '),
);
const KILLED = new Set(['killed', 'dead', 'died', 'killing']);
const WOUNDED = new Set(['wounded', 'injured', 'hurt', 'wounding', 'injuring']);

function numberValue(t: Token): number | null {
  if (/^0\d/.test(t.text)) return null; // "0600 local time", "07
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t.text) || /^\d+(\.\d+)?$/.test(t.text)) return Number(t.text.replace(/,/g, ''));
  return UNITS[t.normal] ?? null;
}

/**
 * A number written in words, from its first word: "One hundred and fifty soldiers" is 150, not the 50 its last word
 * says; "twenty-seven" 27, "two thousand five hundred" 2,500. Tens take one unit after them (with or without a hyphen),
 * "hundred" multiplies what came before it, "thousand" and above close a group, and "and" is read only right after a
 * multiplier, before a figure under a hundred that ends the number ("between one hundred and two hundred" stops at
 * 102 rather than multiplying on). Returns the value and the index of its last word.
 */
function wordNumber(toks: readonly Token[], i: number): [number, number] {
  let total = 0;
  let group = UNITS[toks[i]!.normal] ?? 1;
  let end = i;
  let last: 'unit' | 'tens' | 'multiplier' = group >= 20 ? 'tens' : 'unit';
  for (let k = i + 1; k < toks.length; k++) {
    const t = toks[k]!;
    // "twenty-seven": the hyphen joins the tens to its unit.
    const hyphen = t.text === '-' && isTight(toks[k - 1], t) && isTight(t, toks[k + 1]);
    const word = hyphen ? toks[k + 1] : t;
    const unit = word ? UNITS[word.normal] : undefined;
    if (last === 'tens' && unit !== undefined && unit < 10 && group % 10 === 0) {
      group += unit;
      end = k = hyphen ? k + 1 : k;
      last = 'unit';
      continue;
    }
    if (hyphen) break;
    const multiplier = MULTIPLIERS[t.normal];
    if (multiplier === 100 && group % 100 !== 0) {
      group *= 100;
      end = k;
      last = 'multiplier';
      continue;
    }
    if (multiplier && multiplier > 100) {
      total += group * multiplier;
      group = 0;
      end = k;
      last = 'multiplier';
      continue;
    }
    if (last === 'multiplier' && unit !== undefined && group % 100 === 0) {
      group += unit;
      end = k;
      last = unit >= 20 ? 'tens' : 'unit';
      continue;
    }
    if (last === 'multiplier' && t.normal === 'and' && toks[k + 1] && UNITS[toks[k + 1]!.normal] !== undefined) {
      group += UNITS[toks[k + 1]!.normal]!;
      end = k + 1;
      const tens = toks[k + 1]!;
      const after = toks[k + 2]?.text === '-' && isTight(tens, toks[k + 2]) ? toks[k + 3] : toks[k + 2];
      const more = after ? UNITS[after.normal] : undefined;
      if (UNITS[tens.normal]! >= 20 && more !== undefined && more < 10) {
        group += more;
        end = toks[k + 2]?.text === '-' ? k + 3 : k + 2;
      }
      break;
    }
    break;
  }
  return [total + group, end];
}

const isTight = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;

/** Years, dates, times and compound adjectives are not counts. */
function notACount(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (prev && MONTHS.has(prev.normal.replace(/\.$/, ''))) return true;
  if (next && MONTHS.has(next.normal.replace(/\.$/, ''))) return true;
  if (/^\d{4}$/.test(t.text) && Number(t.text) >= 1800 && Number(t.text) <= 2100) {
    return !(next && next.pos === 'NOUN' && /s$/.test(next.normal));
  }
  if (next && /^(a\.?m\.?|p\.?m\.?|gmt|utc|:)$/.test(next.normal)) return true;
  if (next && next.text === '-' && isTight(t, next) && /^\d/.test(toks[i + 2]?.text ?? '')) return true; // 24-03-2021
  if (prev && prev.text === '-' && isTight(prev, t) && /^\d/.test(toks[i - 2]?.text ?? '')) return true;
  if (next?.text === '-' && isTight(t, next) && /^(year|month|week|day|hour|minute|mile|km|kilometre|kilometer)/.test(toks[i + 2]?.normal ?? '')) return true;
  if (t.normal === 'one' && (!next || next.normal === 'of' || (next.pos !== 'NOUN' && !MULTIPLIERS[next.normal]))) return true;
  return false;
}

/** The head noun of the phrase after the number: "2,500 US troops" → troops, "an extra 30,000 recruits" → recruits. */
function countedNoun(toks: readonly Token[], from: number): number {
  let head = -1;
  for (let k = from; k < toks.length && k <= from + 4; k++) {
    const t = toks[k]!;
    if (t.normal === 'percent' || t.text === '%') return k;
    if (t.text === '-' && isTight(toks[k - 1], t)) continue;
    if (t.pos === 'NOUN') {
      head = k;
      const next = toks[k + 1];
      if (next?.pos === 'NOUN') continue;
      // "40 rocket and drone attacks": a coordinated modifier; the count is of the last noun.
      if (next && (next.normal === 'and' || next.normal === 'or') && toks[k + 2]?.pos === 'NOUN' && toks[k + 3]?.pos === 'NOUN') {
        k++;
        continue;
      }
      break;
    }
    if (head >= 0) break;
    // "200 Marines": a capitalised troop noun is still the thing counted.
    if (t.pos === 'PROPN' && TROOP_COUNTS.has(t.normal) && toks[k + 1]?.pos !== 'NOUN') return k;
    if (t.pos === 'ADJ' || t.pos === 'PROPN' || (t.pos === 'VERB' && /ed$/.test(t.normal) && t.normal !== 'killed')) continue;
    break;
  }
  return head;
}

/** "five people, including …, were wounded" → the casualty word governing the count, if any. */
interface Casualty {
  counts: 'killed' | 'wounded';
  /** Token of the casualty word when it follows the count ("five people … were wounded"). */
  word?: number;
}

/** Hedges between a verb and its number: "killing at least six", "wounding more than 20". */
const HEDGES = new Set('at least most more than over about around nearly almost some roughly approximately an estimated'.split(' '));
/** Index of the word before a number, skipping hedges ("at least", "more than", "up to"). */
function beforeHedges(toks: readonly Token[], i: number): number {
  let b = i - 1;
  while (b >= 0 && (HEDGES.has(toks[b]!.normal) || (toks[b]!.normal === 'to' && toks[b - 1]?.normal === 'up') || toks[b]!.normal === 'up')) b--;
  return b;
}
/** Durations are not counts: "over the next six months", "two years after". */
const TIME_UNITS = new Set('second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries'.split(' '));

function casualty(toks: readonly Token[], number: number, head: number): Casualty | null {
  const before = toks[beforeHedges(toks, number)];
  if (before && KILLED.has(before.normal)) return { counts: 'killed' };
  if (before && WOUNDED.has(before.normal)) return { counts: 'wounded' };
  if (!PEOPLE.has(toks[head]!.normal)) return null;
  let k = head + 1;
  if (toks[k]?.text === ',') {
    while (k < toks.length && k <= head + 20 && toks[k + 1]?.text !== ',') k++;
    k += 2;
  }
  for (let n = 0; k < toks.length && n < 4; k++, n++) {
    const t = toks[k]!;
    if (KILLED.has(t.normal)) return { counts: 'killed', word: k };
    if (WOUNDED.has(t.normal)) return { counts: 'wounded', word: k };
    if (!(t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART')) break;
  }
  return null;
}

function counts(head: Token, before: Token | undefined): string {
  if (head.normal === 'percent' || head.text === '%') return 'percent';
  if (TROOP_COUNTS.has(head.normal) || (head.normal === 'members' && before?.normal === 'service')) return 'troops';
  return head.normal;
}

/** Quantities in the sentence, in order. */
export function findQuantities(sentence: string, toks: readonly Token[] = tokens(sentence)): Quantity[] {
  const out: Quantity[] = [];
  let skipUntil = -1;
  for (let i = 0; i < toks.length; i++) {
    if (i <= skipUntil) continue;
    // "a hundred and twenty troops": "a" before "hundred" or "thousand" is one.
    const a = toks[i]!.normal === 'a' && (MULTIPLIERS[toks[i + 1]?.normal ?? ''] ?? Infinity) <= 1000;
    let value = a ? 1 : numberValue(toks[i]!);
    if (value === null || (!a && notACount(toks, i))) continue;
    let end = i;
    const words = a || UNITS[toks[i]!.normal] !== undefined ? wordNumber(toks, i) : undefined;
    if (words) [value, end] = words;
    else while (toks[end + 1] && MULTIPLIERS[toks[end + 1]!.normal]) value *= MULTIPLIERS[toks[++end]!.normal]!;
    // "2,500-strong force": the noun comes after "strong".
    const from = end + 1;
    let head: number;
    if (toks[from]?.text === '-' && toks[from + 1]?.normal === 'strong' && /^[a-z]/.test(toks[from + 2]?.text ?? '')) {
      head = toks[from + 3]?.pos === 'NOUN' ? from + 3 : from + 2;
    } else head = countedNoun(toks, from);
    if (head < 0) {
      const before = toks[beforeHedges(toks, i)];
      // "killing four, including two children": a bare number after a casualty verb; the list after it is the
      // same casualties again.
      if (before && (KILLED.has(before.normal) || WOUNDED.has(before.normal))) {
        out.push({ value, counts: KILLED.has(before.normal) ? 'killed' : 'wounded', text: sentence.slice(toks[i]!.start, toks[end]!.end) });
        if (toks[end + 1]?.text === ',' && toks[end + 2]?.normal === 'including') {
          let k = end + 2;
          while (k < toks.length && toks[k + 1]?.text !== ',' && toks[k + 1]?.text !== '.') k++;
          skipUntil = k;
        }
        continue;
      }
      // "a force of 2,500", "a contingent of some 300": the number is the force's strength, counted in troops.
      const ofAt = beforeHedges(toks, i);
      const owner = toks[ofAt - 1];
      if (before?.normal === 'of' && owner && (TROOP_COUNTS.has(owner.normal) || UNIT_WORDS.has(owner.normal))) {
        out.push({ value, counts: 'troops', text: sentence.slice(owner.start, toks[end]!.end) });
        continue;
      }
      // "a ceiling of 6,500", "a cap of 300": a limit on a force's strength, counted as what it limits is not known.
      if (before?.normal === 'of' && owner && LIMITS.has(owner.normal)) {
        out.push({ value, counts: owner.normal.replace(/s$/, ''), text: sentence.slice(owner.start, toks[end]!.end) });
        continue;
      }
      // "reducing its troops in Iraq to 2,500": a bare number after "to/from" close after troops counts troops; so does
      // one close after a ceiling ("the ceiling falls to 4,000"), and one after a troop figure earlier in the sentence
      // ("has about 5,200 personnel; by June it must be down to 4,000", "must shrink to 6,500 by March and to 4,000 by
      // June").
      const back = toks.slice(Math.max(0, i - 6), i);
      if (before && /^(to|from)$/.test(before.normal) && (back.some((t) => TROOP_COUNTS.has(t.normal) || LIMITS.has(t.normal)) || out.at(-1)?.counts === 'troops')) {
        out.push({ value, counts: 'troops', text: sentence.slice(toks[i]!.start, toks[end]!.end) });
      }
      continue;
    }
    if (TIME_UNITS.has(toks[head]!.normal)) continue;
    const hurt = casualty(toks, i, head);
    if (hurt) {
      // Sub-counts listed after "including" belong to the casualty count already taken.
      let k = head + 1;
      if (toks[k]?.text === ',') while (k < toks.length && toks[k + 1]?.text !== ',') k++;
      skipUntil = k;
      const to = hurt.word ?? head;
      out.push({ value, counts: hurt.counts, text: sentence.slice(toks[i]!.start, toks[to]!.end) });
      continue;
    }
    out.push({ value, counts: counts(toks[head]!, toks[head - 1]), text: sentence.slice(toks[i]!.start, toks[head]!.end) });
    skipUntil = head;
  }
  return out;
}
