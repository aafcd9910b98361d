// Small English word lists shared by the date parsers, refiners and the tense rule. Kept general: nothing here
// should name a story, a place or a person.

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20,
};

/** "two" → 2, "14" → 14, "a" → 1; undefined for vague counts ("a few", "several"). */
export function countOf(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w];
}

export const MONTH_WORD =
  String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
export const WEEKDAY_WORD =
  String.raw`(?:Sun(?:day)?|Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:rs(?:day)?)?|Fri(?:day)?|Sat(?:urday)?)`;

const TIME = String.raw`(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|h\b|hrs\b|GMT\b|UTC\b|local\s+time\b)?|noon|midday|midnight)`;
const TIME_FIRST = new RegExp(String.raw`^(?:(?:at|around|about|by|until|after|before|from|shortly\s+(?:after|before))\s+)?${TIME}\s+`, 'i');
const TIME_LAST = new RegExp(String.raw`\s+(?:at|around|about|by|until|after|before|from)\s+${TIME}$`, 'i');

/** "at 11:10 this morning" → "this morning", "Monday at 9am" → "Monday": the day words without the clock time. */
export function withoutTime(text: string): string {
  return text.replace(TIME_FIRST, '').replace(TIME_LAST, '');
}

/** True when the text starts with a clock time ("9am today", "at 10:30 on Monday"). */
export const startsWithTime = (text: string): boolean => TIME_FIRST.test(text);

/** Auxiliaries and copulas. */
export const AUXILIARIES = new Set([
  'is', 'are', 'am', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'shall',
  'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did',
]);

/** Common irregular past-tense verbs (simple past; participles like "taken" are past cues too). */
export const IRREGULAR_PAST = new Set([
  'said', 'told', 'met', 'began', 'begun', 'held', 'took', 'taken', 'came', 'went', 'gone', 'made', 'gave', 'given',
  'struck', 'left', 'spoke', 'spoken', 'sent', 'won', 'fought', 'saw', 'seen', 'knew', 'known', 'thought',
  'brought', 'bought', 'caught', 'sought', 'found', 'became', 'ran', 'wrote', 'written', 'drove', 'rose', 'risen',
  'fell', 'fallen', 'flew', 'flown', 'threw', 'thrown', 'grew', 'shot', 'led', 'paid', 'laid', 'lost', 'meant',
  'kept', 'felt', 'stood', 'understood', 'built', 'spent', 'broke', 'broken', 'chose', 'chosen', 'stole',
  'woke', 'wore', 'tore', 'swore', 'sank', 'ate', 'forgot', 'got', 'hid', 'heard', 'sold', 'withdrew', 'withdrawn',
  'underwent', 'oversaw', 'stuck', 'swept', 'slept', 'dealt', 'fled', 'shook', 'drew', 'drawn', 'blew', 'arose',
  'overtook', 'undertook', 'foresaw', 'upheld', 'withheld', 'beat', 'beaten', 'bore', 'borne', 'slew', 'slain',
  'sprang', 'swam', 'spun', 'hung', 'dug', 'lit', 'bit', 'bitten', 'hit', 'quit', 'did', 'done',
  'retook', 'retaken', 'overran', 'overrun', 'overthrew', 'overthrown', 'rebuilt', 'shut', 'spread', 'cast',
  'hurt', 'burst', 'split', 'rode', 'ridden', 'rang', 'sang', 'sent', 'lent', 'bent', 'wound', 'bound', 'ground',
  'mistook', 'misled', 'outlawed', 'upheld', 'forbade', 'forgave', 'foretold', 'froze', 'frozen', 'spat', 'leapt',
  'sat', 'shrank', 'shrunk', 'slid', 'strode', 'swung', 'crept', 'clung', 'knelt', 'wept', 'bled', 'sped',
]);

/** Words ending in -ed that are not past verbs, or are almost always adjectives in news text. */
export const NOT_PAST_ED = new Set([
  'need', 'indeed', 'hundred', 'red', 'bed', 'shed', 'speed', 'seed', 'feed', 'deed', 'breed', 'proceed',
  'exceed', 'succeed', 'embed', 'creed', 'greed', 'weed', 'steed', 'naked', 'wicked', 'sacred', 'kindred',
  'armed', 'based', 'concerned', 'detailed', 'limited', 'united', 'advanced', 'alleged', 'related', 'interested',
  'experienced', 'skilled', 'unprecedented', 'sophisticated', 'supposed', 'so-called', 'expected', 'scheduled',
  'planned', 'proposed', 'unnamed', 'unidentified', 'unspecified', 'undisclosed', 'mixed', 'biased', 'beloved',
  'learned', 'aged', 'wounded', 'injured', 'displaced', 'disputed', 'embattled', 'besieged', 'unarmed',
]);

/** Present-tense verbs that carry "now" / "currently" to the publication date. */
export const PRESENT_VERBS = new Set([
  'is', 'are', 'am', "'re", '’re', 'has', 'have', 'remain', 'remains', 'stand', 'stands', 'exist', 'exists', 'hold',
  'holds', 'host', 'hosts', 'number', 'numbers', 'total', 'totals', 'control', 'controls', 'include', 'includes',
  'face', 'faces', 'need', 'needs', 'seem', 'seems', 'appear', 'appears', 'continue', 'continues', 'live', 'lives',
  'operate', 'operates', 'work', 'works', 'lead', 'leads', 'plan', 'plans', 'want', 'wants', 'say', 'says',
  'can', 'must', 'do', 'does', 'keep', 'keeps', 'maintain', 'maintains', 'station', 'stations', 'deploy', 'deploys',
  'field', 'fields', 'count', 'counts', 'command', 'commands', 'contribute', 'contributes',
]);

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'whose',
]);

export const PREPOSITIONS = new Set([
  'in', 'on', 'at', 'by', 'with', 'from', 'to', 'into', 'onto', 'for', 'between', 'against', 'over', 'under',
  'during', 'amid', 'amidst', 'as', 'than', 'since', 'until', 'till', 'after', 'before', 'through', 'throughout',
  'across', 'near', 'around', 'toward', 'towards', 'without', 'within', 'about', 'via', 'per', 'despite', 'following',
  'including', 'upon', 'among', 'outside', 'inside', 'behind', 'beyond',
]);

export const CONJUNCTIONS = new Set([
  'and', 'or', 'but', 'nor', 'that', 'which', 'who', 'whom', 'when', 'while', 'where', 'because', 'if', 'whether',
  'so', 'yet', 'although', 'though', 'unless', 'whereas',
]);

/** A word ending in -ed that reads as a past verb, unless it follows a determiner ("the planned talks"). */
export function isPastEd(word: string, previous: string | undefined): boolean {
  const w = word.toLowerCase();
  if (!/^[a-z]{3,}ed$/.test(w) || NOT_PAST_ED.has(w) || /eed$/.test(w) && w !== 'agreed' && w !== 'freed') return false;
  return previous === undefined || !DETERMINERS.has(previous.toLowerCase());
}

export function isPastVerb(word: string, previous: string | undefined): boolean {
  return IRREGULAR_PAST.has(word.toLowerCase()) || isPastEd(word, previous);
}

/**
 * What stands between a request or decision and the "to" of its aim ("asked the police ~ to take over …", "the
 * decision of 7 April ~ to close …"): up to 40 characters with no clause break and no word that opens a clause of its
 * own, so "told reporters he had flown to Kesh" is a saying and a journey, not an order. Used with the `i` flag.
 */
export const AIM_GAP = String.raw`(?:(?!\b(?:that|he|she|they|we|I|who|which|had|has|have|was|were|is|are|would|will)\b)[^,;:.!?"“”]){0,40}?`;

/** The aim's verb is a lower-case word: "to close", never "to Kesh" (the patterns above match without case). */
export function lowerWordAt(text: string, index: number): boolean {
  const c = text.charAt(index);
  return c !== c.toUpperCase() && c === c.toLowerCase();
}
