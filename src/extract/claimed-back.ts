// "Gunmen ambushed a police convoy on 12 March. A week later, a bomb hit the market. The Front claimed the ambush the
// next day.": a claim or a denial names the development it owns or disowns ("claimed the ambush", "denied carrying out
// the bombing", "claimed responsibility for that raid"), and "the next day" then counts from that development's date,
// wherever in the article it was told, not from the latest date the story reached. named-back.ts does this for "that
// raid" in the sentence just before; here the noun may follow "the" and the telling may lie further back. Only when the
// article so far told exactly one development whose cue shares the noun's stem, all of one kind and at one day: two
// ambushes, or none, leave the story's date as it was. Round 20.
import type { EventType, ResolvedDate } from '../types.js';
import { stemOf } from './named-back.js';

/** A development told earlier in the article: its date, its cue, its kind and the sentence that told it. */
export interface ToldInArticle {
  date: ResolvedDate;
  cue: string;
  type: EventType;
  sentence: string;
}

/**
 * A verb of claiming or denying, then what it claims or denies: "claimed the ambush", "denied responsibility for the
 * bombing", "claimed responsibility for that raid", "denied carrying out the shelling". The noun is captured.
 */
const CLAIMED =
  /\b(?:claim(?:s|ed|ing)?|den(?:y|ies|ied|ying)|disown(?:s|ed|ing)?)\s+(?:(?:any\s+)?(?:responsibility|credit|involvement|role|part)\s+(?:for|in)\s+|(?:carrying\s+out|having\s+carried\s+out|staging|having\s+staged)\s+)?(?:the|that|this|its|their)\s+(?:same\s+|very\s+|latest\s+|deadly\s+)?([a-z][a-z-]{3,})\b/gi;

/** The date of the one earlier development the sentence claims or denies by name, if there is exactly one. */
export function claimedBackDate(sentence: string, told: readonly ToldInArticle[]): ResolvedDate | undefined {
  for (const m of sentence.matchAll(CLAIMED)) {
    const noun = m[1]!;
    // (A claim names a development the claimant did, not another claim: "denied the statement" counts from nothing.)
    // (A telling whose sentence names the noun though its cue is another word, "A second ambush on 15 March killed a
    // driver", is one more of that name: it fits too, so that two of them leave the date alone.)
    const named = (text: string) => (text.match(/[A-Za-z]{4,}/g) ?? []).some((w) => stemOf(w) === stemOf(noun));
    const fits = told.filter((t) => t.type !== 'statement' && (named(t.cue) || named(t.sentence)));
    if (!fits.length) continue;
    const kinds = new Set(fits.map((t) => t.type));
    const days = new Set(fits.map((t) => `${t.date.date.year}-${t.date.date.month}-${t.date.date.day}`));
    // (Only a day: a month-precise ambush gives "the next day" nothing to count from.)
    if (kinds.size === 1 && days.size === 1 && fits[0]!.date.precision === 'day') return fits[0]!.date;
    return undefined;
  }
  return undefined;
}
