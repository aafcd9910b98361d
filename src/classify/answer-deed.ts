// "Answer" and "reply" are sayings only when something is said: "replied that the talks would go on", "answered:
// '…'". Answered with a deed ("The government answered with more troops", "Osk answered by asking its neighbours for
// soldiers", "the rebels replied with a barrage of rockets") is a response in acts, no statement; answering questions
// ("answered every question the children asked", "answered questions from reporters") tells no words of the speaker's.
// Round 21.
import type { Token } from '../nlp/wink.js';

const ANSWER_LEMMAS = new Set(['answer', 'reply']);
/** What a reply "with" may be that is still words: "replied with a statement", "answered with a letter". */
const SAID_THINGS = new Set('statement|statements|letter|letters|note|notes|tweet|tweets|message|messages|post|posts|speech|communique|communiqué|word|words|question|questions|quip|joke|denial|warning|threat|threats|pledge|promise|vow|insult|insults|shrug'.split('|'));
const QUESTIONS = new Set(['question', 'questions', 'queries', 'query']);
const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/;
const DAY_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year|last|next|this|later|earlier|then)$/;

/** The answer or reply at `v` is made in deeds or only answers questions, with no words of the speaker told. */
export function answerWithoutWords(toks: readonly Token[], v: number): boolean {
  const verb = toks[v]!;
  if (!ANSWER_LEMMAS.has(verb.lemma) && !/^(?:answer|repl)/.test(verb.normal)) return false;
  let k = v + 1;
  // Over adverbs and a date put between ("answered on Monday with", "replied swiftly by").
  while (k < toks.length && k <= v + 8) {
    const t = toks[k]!;
    const dateWord = t.pos === 'NUM' || MONTHS.test(t.normal) || DAY_WORDS.test(t.normal) || ((t.normal === 'on' || t.normal === 'in') && k + 1 < toks.length && (toks[k + 1]!.pos === 'NUM' || MONTHS.test(toks[k + 1]!.normal) || DAY_WORDS.test(toks[k + 1]!.normal)));
    if (t.pos === 'ADV' || dateWord || t.text === ',') k++;
    else break;
  }
  const next = toks[k];
  if (!next) return false;
  if (next.normal === 'by') return toks[k + 1]?.pos === 'VERB' && /ing$/.test(toks[k + 1]!.normal);
  if (next.normal === 'with') {
    for (let j = k + 1; j < toks.length && j <= k + 5; j++) {
      const t = toks[j]!;
      if (SAID_THINGS.has(t.normal) || /^["“'‘]$/.test(t.text)) return false;
      if (t.pos === 'NOUN') return true;
    }
    return false;
  }
  // "answered every question the children asked": the questions are the object, nothing said is told.
  for (let j = k; j < toks.length && j <= k + 3; j++) {
    const t = toks[j]!;
    if (QUESTIONS.has(t.normal)) return true;
    if (!['DET', 'ADJ', 'NUM', 'PRON'].includes(t.pos)) break;
  }
  return false;
}

/** "every question the children asked", "the questions reporters asked him": asking told only as what makes a
 * question, in a clause on the question noun before it, is no saying of the asker's. */
export function questionAsked(toks: readonly Token[], v: number): boolean {
  if (toks[v]!.lemma !== 'ask' && !/^ask/.test(toks[v]!.normal)) return false;
  for (let j = v - 1; j >= 0 && j >= v - 5; j--) {
    const t = toks[j]!;
    if (QUESTIONS.has(t.normal)) return j < v - 1;
    if (!['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ'].includes(t.pos) || (t.pos === 'PRON' && /^(?:who|which|that)$/.test(t.normal))) return false;
  }
  return false;
}
