// Who a statement speaks for, as keys under which one speaker's tellings meet: a spokesperson speaks for the body named
// beside them ("GHF spokeswoman Ana Dov", "Ana Dov, spokeswoman for the Highland Front", "the Front's spokeswoman, Ana
// Dov"), so the statement is the body's as well as theirs; a body's short form ("the Front", "the Council") is the one
// body of that head its article names, and a body named in full meets its initials ("Highland Front" / "HF").
import type { Mention } from '../types.js';
import { bodyHead, bodyHeadWords, nameKey } from './mention-evidence.js';
import { officeOf } from './speaker-roles.js';

/**
 * Keys: a name's key (nameKey), `head:front` for a body named in full (what an unresolved "the Front" may meet), `bare:front`
 * for a short form its article does not resolve (it names no front), and the initials of a body of two or more words.
 */
export type SpeakerKeys = Set<string>;

/**
 * Bodies each article names in full, by head noun: what its "the Front" can be. Read from the actors of the given
 * mentions and from their sentences and the sentences before them ("The Highland Front is leaving the talks. In a
 * statement read out by its spokeswoman, the Front said …"), and from `named`: the bodies each article names anywhere
 * (fullBodies), since a report names "the Askel Patriotic Guard" once, in a sentence that dates nothing, and "the
 * Guard" from then on.
 */
export function articleBodies(mentions: readonly Mention[], named?: ReadonlyMap<string, readonly string[]>): Map<string, Map<string, Set<string>>> {
  const names = new Map<string, Map<string, { words: string[]; name: string }[]>>();
  for (const m of mentions) {
    for (const actor of [...m.actors, ...namedBodies(m.quote), ...namedBodies(m.context ?? ''), ...(named?.get(m.article) ?? [])]) {
      const head = bodyHead(actor);
      const words = significant(actor);
      if (!head || words.length < 2) continue;
      const byHead = names.get(m.article) ?? names.set(m.article, new Map()).get(m.article)!;
      const list = byHead.get(head) ?? byHead.set(head, []).get(head)!;
      list.push({ words, name: actor });
    }
  }
  const out = new Map<string, Map<string, Set<string>>>();
  for (const [article, byHead] of names) {
    const keys = new Map<string, Set<string>>();
    for (const [head, list] of byHead) {
      // "the Highland Front" after "the Ghelan Highland Front" is that front shortened, not a second one.
      const tail = (longer: string[], words: string[]) => longer.length > words.length && longer.slice(-words.length).join(' ') === words.join(' ');
      const whole = list.filter(({ words }) => !list.some((other) => tail(other.words, words)));
      keys.set(head, new Set(whole.map(({ name }) => nameKey(name))));
    }
    out.set(article, keys);
  }
  return out;
}

/** The bodies an article's sentences name in full ("Askel Patriotic Guard", "Highland Front"), each once, in order. */
export function fullBodies(sentences: readonly string[]): string[] {
  return [...new Set(sentences.flatMap(namedBodies))];
}

let fullBody: RegExp | undefined;
/** Capitalised words ending in a body's head ("Ghelan Highland Front", "Ministry of the Interior" is left to actors). */
function namedBodies(text: string): string[] {
  const heads = bodyHeadWords().map((h) => h[0]!.toUpperCase() + h.slice(1));
  fullBody ??= new RegExp(String.raw`\b((?:[A-Z][\w’'-]+\s+){1,4}(?:${heads.join('|')}))\b`, 'g');
  const out: string[] = [];
  for (const m of text.matchAll(fullBody)) {
    // A sentence's first word or a capitalised function word is no part of the name ("In Highland Front camps").
    const words = m[1]!.split(/\s+/);
    while (words.length > 1 && LEADING.has(words[0]!.toLowerCase())) words.shift();
    if (words.length >= 2) out.push(words.join(' '));
  }
  return out;
}
const LEADING = new Set('the a an in on at of for and but as when after before while with by from to this that its their his her our yesterday today tonight last'.split(' '));

const ROLE = String.raw`(?:chief\s+|senior\s+|deputy\s+)?(?:spokes(?:man|woman|person)|press\s+(?:officer|secretary))`;
/** A body's name: capitalised words, with "of", "for", "and", "the" between them ("Ministry of the Interior"), or an acronym. */
const BODY = String.raw`((?:[A-Z][\w’'-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?)*[A-Z][\w’'-]*?)`;
/** "GHF spokeswoman Ana Dov", "the Front's spokesman, Ana Dov": the body before the role, the speaker after it. */
const BODY_BEFORE = new RegExp(String.raw`${BODY}(?:['’]s)?\s+${ROLE},?\s+(?:[A-Z][\w.'’-]*\s+){0,3}$`);
/**
 * "Ana Dov, spokeswoman for the Highland Front", "Ana Dov, the Front's spokesman", "Ana Dov, the movement's spokesman":
 * the body after the speaker.
 */
const BODY_AFTER = new RegExp(String.raw`^,\s+(?:(?:the|a)\s+)?(?:${ROLE}\s+(?:for|of)\s+(?:the\s+)?${BODY}\b|${BODY}['’]s\s+${ROLE}\b|([a-z]+)['’]s\s+${ROLE}\b)`);
/** The body a spokesperson named at `at` (the name `name`) speaks for, when the sentence names it beside them. */
function bodyOf(quote: string, name: string, at: number): string | undefined {
  const before = BODY_BEFORE.exec(quote.slice(Math.max(0, at - 80), at));
  if (before) return before[1];
  const after = BODY_AFTER.exec(quote.slice(at + name.length, at + name.length + 80));
  if (!after) return undefined;
  // A body named by its head alone, in lower case ("the movement's spokesman"), is its short form.
  return after[1] ?? after[2] ?? (after[3] && bodyHead(after[3]) ? after[3] : undefined);
}

/** "said", "denied", "announced": a saying verb right after its subject. */
const SAYING_AFTER = /^\s+(?:has\s+|had\s+)?(?:said|says|say|denied|denies|announced|announces|claimed|claims|stated|states|declared|declares|warned|warns|added|insisted|insists)\b/;

/**
 * The statement's speakers: the first name before its cue, or, when none precedes it ("In a statement read out by its
 * spokeswoman, the Front said …"), the name right before a saying verb; with the body each speaks for.
 */
export function speakersOf(mention: Mention, names: readonly string[], bodies?: Map<string, Set<string>>): SpeakerKeys {
  const { quote } = mention;
  const cue = mention.classification.cue ? quote.indexOf(mention.classification.cue) : -1;
  if (cue < 0) return new Set();
  // The speaker is named in the cue's own clause: in "jets bombed the Tarn Hills last night, and this morning the
  // union walked out", the hills are where the bombs fell, not who walked out. A body named by its head alone as the
  // clause's subject ("the union walked out") is the article's body of it. When the clause names nobody, the sentence
  // before it may be a list of its subjects ("Vera Lind, the port's spokeswoman, and the harbour master said").
  const clause = clauseStart(quote, cue);
  const firstFrom = (from: number) => {
    let found: { at: number; name: string } | undefined;
    for (const name of names) {
      const at = quote.indexOf(name, from);
      if (at >= 0 && at < cue && (!found || at < found.at)) found = { at, name };
    }
    return found;
  };
  let first = firstFrom(clause) ?? shortSubject(quote, clause, cue) ?? (clause > 0 ? firstFrom(0) : undefined);
  if (!first) {
    for (const name of names) {
      const at = quote.indexOf(name);
      if (at >= 0 && SAYING_AFTER.test(quote.slice(at + name.length)) && (!first || at < first.at)) first = { at, name };
    }
  }
  if (!first) return new Set();
  first = possessed(quote, names, first, cue);
  const out: SpeakerKeys = new Set();
  for (const { at, name } of [first, ...(adjacent(quote, names, cue) ?? [])]) {
    addName(out, name, bodies);
    const body = bodyOf(quote, name, at);
    if (body) addName(out, body, bodies);
    addOffice(out, quote, name, at, bodies);
  }
  return out;
}

/**
 * "Oscadia's foreign minister, Tamsin Vael, said", "Varnholt's Prime Minister Ana Dov told", "Kestria's Ana Dov said":
 * a possessive name is whom the speaker serves; the speaker is the name its title leads to, before the cue. Not across a
 * verb or a conjunction ("Oscadia's navy and Ana Dov said" names two).
 */
function possessed(quote: string, names: readonly string[], first: { at: number; name: string }, cue: number): { at: number; name: string } {
  const after = first.at + first.name.length;
  if (!/^['’]s\s/.test(quote.slice(after))) return first;
  let best: { at: number; name: string } | undefined;
  for (const name of names) {
    const at = quote.indexOf(name, after);
    if (at < 0 || at >= cue || (best && at >= best.at)) continue;
    const between = quote.slice(after, at);
    if (!POSSESSED_TITLE.test(between) || !between.slice(2).trim().split(/\s+/).filter(Boolean).every(titleWord)) continue;
    best = { at, name };
  }
  return best ?? first;
}
/** "'s foreign minister, ", "'s Prime Minister ", "'s ": at most four title words, one comma. */
const POSSESSED_TITLE = /^['’]s\s+(?:[A-Za-z][\w-]*\s+){0,4}?(?:[A-Za-z][\w-]*,\s+)?$/;
/** A word of a title: capitalised ("Prime Minister"), or a role's lower-case word ("foreign minister", "top envoy"). */
function titleWord(word: string): boolean {
  const w = word.replace(/,$/, '');
  return /^[A-Z]/.test(w) || TITLE_WORDS.has(w);
}
const TITLE_WORDS = new Set(
  ('minister secretary envoy ambassador spokesman spokeswoman spokesperson president vice prime premier chancellor foreign defence defense ' +
    'interior finance home chief commander leader head deputy top senior negotiator representative general admiral governor mayor king ' +
    'queen army navy military opposition former acting new national security adviser advisor diplomat official counterpart special state ' +
    'justice trade economy energy information press')
    .split(' '),
);

/**
 * "The Commander of the AADD" and "Colonel Esk, the detachment's commander": the office and the body it is of, as
 * `office:commander:aadd` (speaker-roles.ts); a body told by its head alone is the one body of that head its article
 * names, and none when it names none or several.
 */
function addOffice(out: SpeakerKeys, quote: string, name: string, at: number, bodies: Map<string, Set<string>> | undefined): void {
  const held = officeOf(quote, name, at);
  if (!held) return;
  const keys: SpeakerKeys = new Set();
  if (/^[a-z]/.test(held.body)) {
    const head = bodyHead(held.body);
    const named = head ? bodies?.get(head) : undefined;
    if (named?.size === 1) for (const k of named) keys.add(k);
  } else addName(keys, held.body, bodies);
  for (const k of keys) if (!k.startsWith('head:') && !k.startsWith('bare:')) out.add(`office:${held.office}:${k}`);
}

/**
 * Where the clause holding `cue` opens: after the last semicolon, dash, or comma with a conjunction before it ("…
 * last night, and this morning the movement walked out"); a comma alone (an apposition, "Ana Dov, its spokeswoman,
 * said") opens none.
 */
function clauseStart(quote: string, cue: number): number {
  let start = 0;
  for (const m of quote.slice(0, cue).matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  // A clause opened by a subordinator ("After the drone hit Post Heron, the force's spokesman said") ends at its
  // first comma: the main clause, with the speaker, follows it.
  const fronted = FRONTED.exec(quote.slice(start, cue));
  return fronted ? start + fronted[0].length : start;
}
const FRONTED = /^\s*(?:after|before|when|while|as|since|although|though|once|until|if|because)\b[^,;]*,\s*/i;
const CLAUSE_BREAK = /;\s*|\s[—–]\s|,\s+(?:and|but|while|whereas|yet|so)\s+/g;

/** "the movement walked out", "the Front announced": a body by its head alone, right before the cue, in its clause. */
function shortSubject(quote: string, clause: number, cue: number): { at: number; name: string } | undefined {
  const m = /\b(?:the|its|their)\s+([A-Za-z]+)\s+(?:(?:has|had|have)\s+)?$/.exec(quote.slice(clause, cue));
  if (!m || !bodyHead(m[1]!)) return undefined;
  return { at: clause + m.index, name: m[1]! };
}

/**
 * The name right before the cue, its subject ("Ms Ode: the minister knows the Red Shoal Movement announced …"): the
 * saying the date dates is that body's, whoever the sentence's first name is.
 */
function adjacent(quote: string, names: readonly string[], cue: number): { at: number; name: string }[] | undefined {
  for (const name of names) {
    const at = quote.lastIndexOf(name, cue);
    if (at >= 0 && /^\s+(?:(?:has|had|have)\s+)?$/.test(quote.slice(at + name.length, cue))) return [{ at, name }];
  }
  return undefined;
}

/**
 * Whether the sentence before a statement names its speaker ("The Highland Front is leaving the talks. In a statement
 * read out by its spokeswoman, the Front said …"): a lead that tells what the statement says, in words the quote
 * itself may not use.
 */
export function leadNamesSpeaker(mention: Mention, speakers: SpeakerKeys, bodies?: Map<string, Set<string>>): boolean {
  const lead = mention.context;
  if (!lead || !speakers.size) return false;
  for (const name of [...mention.actors, ...namedBodies(lead)]) {
    if (!new RegExp(String.raw`\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`).test(lead)) continue;
    const keys: SpeakerKeys = new Set();
    addName(keys, name, bodies);
    for (const k of keys) if (!k.startsWith('head:') && speakers.has(k)) return true;
  }
  return false;
}

function addName(out: SpeakerKeys, name: string, bodies: Map<string, Set<string>> | undefined): void {
  const key = nameKey(name);
  const head = bodyHead(name);
  if (!head) {
    out.add(key);
    return;
  }
  const words = significant(name);
  if (words.length >= 2) {
    out.add(key);
    out.add(`head:${head}`);
    out.add(words.map((w) => w[0]).join(''));
    return;
  }
  // A short form: the one body of that head its article names; none named, it may be any body of that head; two or
  // more ("the Front" where the article names two fronts), it is none in particular.
  const named = bodies?.get(head);
  if (!named?.size) out.add(`bare:${head}`);
  else if (named.size === 1) for (const k of named) out.add(k);
}

function significant(name: string): string[] {
  return name
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w && !['the', 'of', 'for', 'and', 'in', 'on', '&'].includes(w));
}

/** Whether two statements' speakers are one: a key in common, or a short form no article resolved and a body of its head. */
export function sameSpeaker(a: SpeakerKeys, b: SpeakerKeys): boolean {
  if (a.size > b.size) [a, b] = [b, a];
  for (const x of a) {
    if (x.startsWith('head:')) {
      if (b.has(`bare:${x.slice(5)}`)) return true;
    } else if (b.has(x)) return true;
    else if (x.startsWith('bare:') && b.has(`head:${x.slice(5)}`)) return true;
  }
  return false;
}
