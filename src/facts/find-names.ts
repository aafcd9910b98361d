// Names in a sentence and what they name there: an actor (person or body) or a place.
// Names are runs of capitalised tokens, joined by tight hyphens and lower-case particles ("Abu Mahdi al-Muhandis");
// what governs them decides the role: a location preposition or a place head word makes a place ("in Baghdad",
// "Anbar province", "Erbil's airport"), anything else an actor, after titles are stripped
// ("Iraqi Prime Minister Mustafa al-Kadhimi" → "Mustafa al-Kadhimi"). A country or demonym used as a modifier
// ("US troops", "Iraqi soldiers") is neither, unless it modifies a governing body ("Iraqi parliament").

import { isKnownWord, tokens, type Token } from '../nlp/wink.js';
import { datelineEnd } from '../nlp/dateline.js';
import { FACILITIES } from '../classify/vocabulary.js';

export interface Name {
  text: string;
  role: 'actor' | 'place';
  /** Token indexes of the words the name came from (inclusive). */
  first: number;
  last: number;
}

const words = (s: string) => new Set(s.split(' '));

const PARTICLES = words('al el bin ibn de van von der den da di du la le ul ud');
/** Words that make the name after them a person's: "Prime Minister Mustafa al-Kadhimi", "Gen. Smith". */
const TITLES = words(
  'president minister ministers secretary spokesman spokeswoman spokesperson adviser advisor envoy ambassador ' +
    'general gen gen. lt lt. col col. maj maj. capt capt. sgt sgt. commander chief director chairman chairwoman speaker ' +
    'leader governor mayor king queen prince sheikh ayatollah imam senator sen sen. rep rep. representative mr mr. ' +
    'mrs mrs. ms ms. dr dr. pm fm counterpart colonel major captain lieutenant admiral brigadier sergeant emir premier',
);
/** Words that only qualify a title: "Prime", "Foreign", "National Security". Not titles on their own
 * ("Iraqi Security Forces" is a body, not a title). */
const TITLE_MODIFIERS = words('prime vice deputy foreign defense defence interior national security press former acting special crown president-elect');
const BODY_HEADS = words(
  'house department ministry council parliament government forces force army command consulate embassy agency office ' +
    'committee coalition administration party movement front brigade brigades militia group organization organisation ' +
    'union league association press court bank company corporation tv channel network news guard police service ' +
    'services university institute foundation commission cabinet senate congress assembly pentagon units mission',
);
/** Heads of military units' names: "the 3rd Rifle Battalion", "the 82nd Airborne Division". */
const UNIT_HEADS = words('regiment battalion brigade division squadron platoon corps');
const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth)$/;
/** Lower-case nouns that make a demonym or country into a body: "Iraqi parliament", "Biden administration". */
const BODY_NOUNS = words(
  'government parliament administration army military cabinet embassy ministry forces militia militias navy police ' +
    'presidency consulate judiciary authorities',
);
const DOCUMENT_HEADS = words('agreement framework act resolution treaty accord plan report initiative law deal charter declaration brief paper bulletin release');
const ADMIN_HEADS = words(
  'province provinces city district governorate region town village county area neighborhood neighbourhood border crossing valley',
);
/** Heads that make a capitalised name a place: "Airport Road", "Tahrir Square". */
const ROAD_HEADS = words('road street avenue highway bridge square');
const FACILITY_HEADS = words(FACILITIES);
const LOCATION_PREPS = words('in at near from into across outside inside toward towards around throughout within to via through');
const OF_PLACE_NOUNS = words(
  'capital city town village port district province governorate island suburb outskirts north south east west northeast ' +
    'northwest southeast southwest region heart centre center out part',
);
/** Verbs whose object is a place: "visit Washington", "leave Iraq". */
const MOTION_VERBS = words('visit enter reach leave invade tour quit exit storm besiege shell bomb');
const ATTACK_NOUNS = words('attack attacks strike strikes barrage assault raid raids offensive bombardment shelling march advance');
/** Words of movement that make "to X" / "from X" a place. */
const MOVEMENT = words(
  'trip visit travel go come return fly flew arrive move deploy send head journey road route way close next back ' +
    'withdraw withdrawal relocate transfer delegation pull leave depart departure expel remove redeploy redeployment ' +
    'evacuate flee extradite bring take drive march advance retreat troops forces soldiers',
);
const CALENDAR = words(
  'january february march april may june july august september october november december monday tuesday wednesday ' +
    'thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun',
);
const DATE_NOUNS = words('day days week weeks weekend month months year years morning evening afternoon night today tonight');
/** Capitalised tokens that are never names: reference abbreviations and acronyms of common nouns. */
const NOT_NAMES = words('no nos vol pp ied ieds vbied vbieds rpg rpgs uav uavs gmt utc am pm');
const normalOf = (t: Token) => t.normal.replace(/\.$/, '');
const FUNCTION_POS = new Set(['DET', 'ADP', 'ADV', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'INTJ']);
const SPEECH_NEXT = words('said says told tells added adds stated noted announced insisted warned wrote tweeted');

const isCapital = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);
/** wink cuts some words at letters it does not know ("Erdo" "ğ" "an"); such pieces touch and are letters. */
const continuesWord = (prev: Token, t: Token | undefined) => !!t && t.start === prev.end && /^\p{L}/u.test(t.text) && /\p{L}$/u.test(prev.text);
const isAcronym = (t: Token) => /^[A-Z][A-Z.&]+$/.test(t.text) && t.text.replace(/\./g, '').length >= 2;
/** "ENDS", "SOURCE", "UPDATE": a common word in capitals, not an acronym. */
const isShouted = (t: Token) => /^[A-Z]{4,}$/.test(t.text) && isKnownWord(t.text) && alone(t.text)?.pos !== 'PROPN';
const isTightHyphen = (toks: readonly Token[], i: number) => {
  const t = toks[i];
  return !!t && t.text === '-' && !!toks[i - 1] && !!toks[i + 1] && toks[i - 1]!.end === t.start && t.end === toks[i + 1]!.start;
};

const isolated = new Map<string, Token | undefined>();
/** How wink tags the word alone, lower-cased: tells common words ("Dialogue", "However") from names. */
function alone(word: string): Token | undefined {
  const key = word.toLowerCase();
  if (!isolated.has(key)) isolated.set(key, tokens(key)[0]);
  return isolated.get(key);
}

/** A capitalised word that is only capitalised because of where it stands ("The", "However", "Dialogue began"). */
function isCommonWord(t: Token, single: boolean, next: Token | undefined): boolean {
  if (isAcronym(t)) return false;
  const a = alone(t.text);
  if (!a) return false;
  if (FUNCTION_POS.has(a.pos)) return true;
  // Known words and inflections of known words ("Gunmen" → gunman) that wink does not take for names.
  const known = isKnownWord(t.text) || (a.lemma !== a.normal && isKnownWord(a.lemma));
  if (!single || !known || a.pos === 'PROPN' || a.lemma !== a.lemma.toLowerCase()) return false;
  // "Trump said" keeps a name that is also a word; "Officials said" (an inflected common noun) does not.
  if (a.lemma !== a.normal) return true;
  return !(next && (SPEECH_NEXT.has(next.normal) || /^['’]s$/.test(next.text)));
}

/** Where a sentence (or a quotation, or a clause after a colon or dash) begins: capitals there prove nothing. */
function startsText(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1];
  return !prev || /^[“"‘:;(—–*#]$/.test(prev.text) || (prev.text === '-' && prev.end < toks[i]!.start);
}

/** Demonyms and languages: "Iraqi", "Kurdish", "Arabic", "Dutch". Never places on their own. */
function isDemonym(t: Token): boolean {
  if (isAcronym(t)) return false;
  // Unknown words with these endings are demonyms of places the lexicon lacks ("Sunevian").
  if (!isKnownWord(t.text)) return /[a-z](?:ian|ese|ish)$/.test(t.text);
  return alone(t.text)?.pos === 'ADJ' || /(?:ian|ean|ese|ish|ic)$/.test(t.text);
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

interface Chunk {
  first: number;
  last: number;
}

/** Runs of capitalised tokens with their joining hyphens and particles. */
function chunks(toks: readonly Token[]): Chunk[] {
  const out: Chunk[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const particleStart = PARTICLES.has(t.normal) && isTightHyphen(toks, i + 1) && isCapital(toks[i + 2]);
    if (!(isCapital(t) && t.pos !== 'PUNCT') && !particleStart) continue;
    let j = i;
    let inBody = BODY_HEADS.has(t.normal);
    for (;;) {
      const next = toks[j + 1];
      if (!next) break;
      if (continuesWord(toks[j]!, next)) j++;
      else if (isTightHyphen(toks, j + 1) && isCapital(toks[j + 2])) j += 2;
      else if (isCapital(next) && next.pos !== 'PUNCT' && next.start <= toks[j]!.end + 1) j++;
      else if (PARTICLES.has(next.normal) && (isCapital(toks[j + 2]) || (isTightHyphen(toks, j + 2) && isCapital(toks[j + 3])))) j++;
      // "Ministry of Defence", "Minister of Foreign Affairs", "Institute for the Study of War": inside the name
      // of a body or a title, "of"/"for" (and "of the") go on.
      else if ((next.normal === 'of' || next.normal === 'for') && (inBody || TITLES.has(toks[j]!.normal))) {
        if (isCapital(toks[j + 2])) j++;
        else if (toks[j + 2]?.normal === 'the' && isCapital(toks[j + 3])) j += 2;
        else break;
      } else break;
      if (BODY_HEADS.has(toks[j]!.normal)) inBody = true;
    }
    out.push({ first: i, last: j });
    i = j;
  }
  return out;
}

/** Skip a parenthetical alias right after a name: "(PMF)", "(PMF, or Hashd al-Shaabi)", "[Islamic State]". */
function aliasEnd(toks: readonly Token[], after: number): number {
  const open = toks[after];
  if (!open || (open.text !== '(' && open.text !== '[')) return -1;
  const close = open.text === '(' ? ')' : ']';
  for (let k = after + 1; k < toks.length && k <= after + 14; k++) if (toks[k]!.text === close) return k;
  return -1;
}

/** The word governing a name, skipping "the" and lower-case modifiers: "in the disputed Salahadin province" → in. */
function governor(toks: readonly Token[], first: number): number {
  let k = first - 1;
  let skipped = 0;
  while (k >= 0 && skipped < 3) {
    const t = toks[k]!;
    const adjectival = t.pos === 'ADJ' || (t.pos === 'VERB' && /ed$/.test(t.normal) && ['DET', 'ADJ'].includes(toks[k - 1]?.pos ?? ''));
    if (t.pos === 'DET' || (adjectival && !isCapital(t))) {
      k--;
      skipped++;
    } else break;
  }
  return k;
}

function isPlaceContext(toks: readonly Token[], c: Chunk, previousWasPlace: boolean): boolean {
  const g = governor(toks, c.first);
  const gov = toks[g];
  if (!gov) return false;
  if (gov.normal === 'and' && previousWasPlace) return true;
  if (gov.text === ',' && OF_PLACE_NOUNS.has(toks[g - 1]?.normal ?? '')) return true; // "the region's capital, Erbil"
  if (gov.normal === 'of') return OF_PLACE_NOUNS.has(toks[g - 1]?.normal ?? '');
  if (MOTION_VERBS.has(gov.lemma) && gov.pos === 'VERB') return true;
  // "a missile barrage on Kyiv", "the attack on Tal Afar": "on" after an attack noun.
  // Not with an article: "the attack on the Peshmerga" names a target force.
  if (gov.normal === 'on') return g === c.first - 1 && (ATTACK_NOUNS.has(toks[g - 1]?.lemma ?? '') || ATTACK_NOUNS.has(toks[g - 1]?.normal ?? ''));
  if (!LOCATION_PREPS.has(gov.normal)) return false;
  // "to" and "from" also mark recipients and sources ("confirmed to Rudaw", "according to Reuters", "pressure
  // from the IS"): they make a place after a word of movement, or ("from") before a name that is not an acronym.
  if (gov.normal === 'to' || gov.normal === 'from') {
    const moving = toks.slice(Math.max(0, g - 5), g).some((t) => MOVEMENT.has(t.lemma) || MOVEMENT.has(t.normal));
    if (gov.normal === 'to') return moving;
    return moving || !isAcronym(toks[c.first]!);
  }
  return true;
}

/** A place head after the name: "Anbar province" (kept), "Balad airbase", "Ain al-Asad military base" (dropped). */
function placeHead(toks: readonly Token[], last: number): { kind: 'admin' | 'facility'; at: number } | null {
  let k = last + 1;
  if (/^['’]s$/.test(toks[k]?.text ?? '')) k++;
  for (let step = 0; step < 2 && k < toks.length; step++, k++) {
    const t = toks[k]!;
    if (isCapital(t)) return null;
    if (ADMIN_HEADS.has(t.normal)) return { kind: 'admin', at: k };
    if (FACILITY_HEADS.has(t.normal) || ROAD_HEADS.has(t.normal)) return { kind: 'facility', at: k };
    if (t.normal === 'air' && toks[k + 1]?.normal === 'base') return { kind: 'facility', at: k + 1 };
    if (!(t.pos === 'ADJ' || t.pos === 'NOUN')) return null;
  }
  return null;
}

/** Strip titles: the name is what follows the last title word; a body named before the title is kept too
 * ("White House Press Secretary Jen Psaki" → "White House", "Jen Psaki"). */
function stripTitles(toks: readonly Token[], c: Chunk): Chunk[] {
  let lastTitle = -1;
  for (let k = c.first; k <= c.last; k++) if (TITLES.has(toks[k]!.normal)) lastTitle = k;
  if (lastTitle < 0) return [c];
  const out: Chunk[] = [];
  let firstTitle = lastTitle;
  const titleWord = (t: Token) => TITLES.has(t.normal) || TITLE_MODIFIERS.has(t.normal);
  while (firstTitle - 1 >= c.first && titleWord(toks[firstTitle - 1]!)) firstTitle--;
  for (let k = firstTitle - 1; k >= c.first; k--) {
    if (BODY_HEADS.has(toks[k]!.normal)) {
      out.push({ first: c.first, last: k });
      break;
    }
  }
  // "Minister of Foreign Affairs Hanna Stiel", "Secretary of State Antony Blinken": the portfolio is part of the title.
  let name = lastTitle + 1;
  if (toks[name]?.normal === 'of' || toks[name]?.normal === 'for') {
    name++;
    while (name < c.last && (toks[name]!.normal === 'the' || (isKnownWord(toks[name]!.text) && alone(toks[name]!.text)?.pos !== 'PROPN'))) name++;
  }
  if (name <= c.last) out.push({ first: name, last: c.last });
  return out;
}

function spanText(sentence: string, toks: readonly Token[], first: number, last: number): string {
  return sentence.slice(toks[first]!.start, toks[last]!.end);
}

/** Trim calendar words and sentence-position capitals off a chunk; null when nothing is left. */
function clean(toks: readonly Token[], c: Chunk): Chunk | null {
  let { first, last } = c;
  for (;;) {
    const t = toks[first]!;
    const single = first === last;
    if (CALENDAR.has(normalOf(t)) || NOT_NAMES.has(normalOf(t)) || isShouted(t) || (isCapital(t) && (FUNCTION_POS.has(alone(t.text)?.pos ?? '') && !isAcronym(t)))) first++;
    // A sentence-initial common word goes, unless it names a body with the noun after it ("Russian forces").
    else if (startsText(toks, first) && isCommonWord(t, single, toks[last + 1]) && !(single && isDemonym(t) && bodyAfter(toks, first) !== null)) first++;
    else break;
    while (first <= last && (toks[first]!.text === '-' || PARTICLES.has(toks[first]!.normal))) first++;
    if (first > last) return null;
  }
  while (last >= first && (CALENDAR.has(normalOf(toks[last]!)) || NOT_NAMES.has(normalOf(toks[last]!)))) last--;
  return last >= first ? { first, last } : null;
}


/** A governing body named after a country or person: "Iraqi parliament", "Iraq's parliament", "Biden
 * administration", "Iraqi security forces". Returns the index of the body noun. */
function bodyAfter(toks: readonly Token[], end: number): number | null {
  let k = end + 1;
  if (/^['’]s$/.test(toks[k]?.text ?? '')) k++;
  for (let step = 0; step < 2 && k < toks.length; step++, k++) {
    const t = toks[k]!;
    if (isCapital(t)) return null;
    if (BODY_NOUNS.has(t.normal)) return toks[k + 1]?.pos === 'NOUN' ? null : k; // "US military bases": an adjective
    if (!(t.pos === 'ADJ' || t.pos === 'NOUN' || (t.pos === 'VERB' && /ed$/.test(t.normal)))) return null;
  }
  return null;
}

/** A one-word name standing before a common noun as its adjective: "US troops", "Iraqi soldiers", "US-Iraqi
 * strategic dialogue", "the Geneva process", "its Kolvet garrison". */
function isModifier(toks: readonly Token[], end: number, single: boolean): boolean {
  // Single words ("US", "Iraqi", "Geneva" in "the Geneva process") and capitalised compounds ("US-Iraq").
  if (!single) return false;
  let a = end + 1;
  // "Kalderan and Sunevian officials": the first of two coordinated modifiers.
  const link = toks[a];
  if (link && (link.normal === 'and' || link.normal === 'or') && isCapital(toks[a + 1]) && !isCapital(toks[a + 2])) a += 2;
  const after = toks[a];
  // Only before nouns (maybe after an adjective): "the US assassinated deputy commander …" is a subject and its
  // verb, "in Geneva last June" a place and a date.
  if (!after || isCapital(after) || DATE_NOUNS.has(after.normal)) return false;
  if (after.pos === 'NOUN') return true;
  const noun = toks[a + 1];
  return after.pos === 'ADJ' && !!noun && noun.pos === 'NOUN' && !isCapital(noun) && !DATE_NOUNS.has(noun.normal);
}

/** Actors and places named in a tokenised sentence, in order. */
export function findNames(sentence: string, toks: readonly Token[] = tokens(sentence)): Name[] {
  const names: Name[] = [];
  const dateline = datelineEnd(toks);
  let previousWasPlace = false;
  const consumed = new Set<number>();

  for (const raw of chunks(toks)) {
    if (consumed.has(raw.first)) continue;
    const alias = aliasEnd(toks, raw.last + 1);
    if (alias > 0) for (let k = raw.last + 1; k <= alias; k++) consumed.add(k);
    const c = clean(toks, raw);
    if (!c) continue;
    // Square brackets hold editorial matter: photo credits ("[Getty]") and glosses of a name just given;
    // an acronym in parentheses after common words abbreviates them ("improvised explosive device (IED)").
    if (toks[c.first - 1]?.text === '[' && toks[c.last + 1]?.text === ']') continue;
    const first = toks[c.first]!;
    if (toks[c.first - 1]?.text === '(' && /^[a-z]/.test(toks[c.first - 2]?.text ?? '') && isAcronym(first)) continue;
    const single = c.first === c.last || (c.last - c.first === 2 && isTightHyphen(toks, c.first + 1));

    // Hyphen compounds used as adjectives: "Iran-backed", "US-led", "anti-IS".
    if (isTightHyphen(toks, c.last + 1) && !isCapital(toks[c.last + 2])) continue;
    if (isTightHyphen(toks, c.first - 1) && !isCapital(toks[c.first - 2])) continue;

    if (dateline > 0 && c.last < dateline) {
      if (toks[c.first - 1]?.text === '(') continue; // the agency in "MIRSA, March 3 (Wirenews) -"
      const text = /^[A-Z]+$/.test(first.text) && c.first === c.last ? titleCase(first.text) : spanText(sentence, toks, c.first, c.last);
      names.push({ text, role: 'place', first: c.first, last: c.last });
      previousWasPlace = true;
      continue;
    }

    // A military unit is an actor, its ordinal part of its name: "the 2nd Engineer Regiment" (never a place,
    // even after "from": "took over from the 2nd Engineer Regiment").
    if (UNIT_HEADS.has(toks[c.last]!.normal) && c.last > c.first) {
      const from = ORDINAL.test(toks[c.first - 1]?.text ?? '') ? c.first - 1 : c.first;
      names.push({ text: spanText(sentence, toks, from, c.last), role: 'actor', first: from, last: c.last });
      previousWasPlace = false;
      continue;
    }

    const end = alias > 0 ? alias : c.last;
    const lastTok = toks[c.last]!;
    const hasTitle = toks.slice(c.first, c.last + 1).some((t) => TITLES.has(t.normal));
    const bodyNamed = toks.slice(c.first, c.last + 1).some((t) => BODY_HEADS.has(t.normal));
    const head = placeHead(toks, end);
    const capitalHead = ADMIN_HEADS.has(lastTok.normal) || FACILITY_HEADS.has(lastTok.normal) || ROAD_HEADS.has(lastTok.normal);
    const demonym = single && isDemonym(first);
    const body = bodyAfter(toks, end);
    const modifier = !body && isModifier(toks, end, single);
    const place = (text: string) => {
      names.push({ text, role: 'place', first: c.first, last: c.last });
      previousWasPlace = true;
    };

    if (!hasTitle && !bodyNamed && (capitalHead || head)) {
      place(head?.kind === 'admin' ? spanText(sentence, toks, c.first, head.at) : spanText(sentence, toks, c.first, c.last));
      continue;
    }
    if (!hasTitle && !bodyNamed && !body && !modifier && !demonym && isPlaceContext(toks, c, previousWasPlace)) {
      place(spanText(sentence, toks, c.first, c.last));
      continue;
    }
    previousWasPlace = false;
    if (body !== null) {
      names.push({ text: spanText(sentence, toks, c.first, body), role: 'actor', first: c.first, last: body });
      continue;
    }
    if (modifier || demonym) continue;

    for (const part of stripTitles(toks, c)) {
      const words = toks.slice(part.first, part.last + 1);
      if (words.every((w) => TITLES.has(w.normal) || TITLE_MODIFIERS.has(w.normal) || w.text === '-' || CALENDAR.has(normalOf(w)))) continue;
      if (DOCUMENT_HEADS.has(toks[part.last]!.normal)) continue;
      if (part.first === part.last && isDemonym(toks[part.first]!)) continue;
      names.push({ text: spanText(sentence, toks, part.first, part.last), role: 'actor', first: part.first, last: part.last });
    }
  }
  return names;
}
