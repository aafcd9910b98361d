// A news report often opens on an attack in general terms and gives its place a few sentences on, undated: "Our
// soldiers in Tarvel were shelled again on Monday night. … The shells landed inside Camp Orly, outside the town of
// Besk." The lede names the country; the detail names the camp that other articles name for the same attack. Merging
// would read the two tellings' places ("Tarvel" / "Camp Orly") as two places, and keep them apart. The detail's places
// are the lede's attack's places too: kept on the lede's mention as `detailPlaces` (events/mention-evidence.ts reads
// them as places it names). Evidence the article itself gives, never a gazetteer's.
import { resolveDates } from '../dates/resolve-dates.js';
import { extractFacts } from '../facts/extract-facts.js';
import type { Article, CalendarDate, Mention } from '../types.js';

/** How far after the lede its detail may come: a lede's details follow it within a short paragraph or two. */
const REACH = 4;

/** The specific means of an attack, as a stem: the lede and its detail must name the same one. */
const MEANS = /\b(drone|artillery|shell|mortar|rocket|missile|bomb|grenade|sniper|airstrike|air\s+strike|jet)(?:s|ed|ing|ings)?\b/gi;

function meansOf(text: string): Set<string> {
  return new Set([...text.matchAll(MEANS)].map((m) => m[1]!.toLowerCase().replace(/\s+/, '')));
}

/**
 * The lede's mention takes the places of the first later sentence, within REACH, that names one of the lede's means,
 * when that sentence
 * - has no date of its own (a dated one tells its own development) and no mention;
 * (not that it reads as an attack: the means it shares with the lede says so, and the classifier reads "the rockets
 * slammed into …" as a statement for its verb — a sentence that condemns the rockets names their place as well);
 * - names places, none of them the lede's (a detail, not a repeat);
 * and no sentence between names that means (a second attack by it would make the detail ambiguous), and the lede
 * sentence dates no other attack. Only a lede that names a place itself: one naming none already conflicts with no
 * place, and the detail's place would only add evidence, which is not what this is for.
 */
export function withDetailPlaces(mentions: readonly Mention[], article: Article, published: CalendarDate): Mention[] {
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) (bySentence.get(m.sentence) ?? bySentence.set(m.sentence, []).get(m.sentence)!).push(m);
  return mentions.map((m) => {
    if (m.classification.type !== 'attack' || m.date.precision !== 'day' || !m.places.length) return m;
    if (bySentence.get(m.sentence)!.filter((x) => x.classification.type === 'attack').length !== 1) return m;
    const means = meansOf(m.quote);
    if (!means.size) return m;
    for (let k = m.sentence + 1; k <= m.sentence + REACH && k < article.sentences.length; k++) {
      const text = article.sentences[k]!.text;
      const here = meansOf(text);
      if (![...here].some((w) => means.has(w))) continue;
      // The first sentence naming the means decides: a detail or not, nothing further is looked at.
      if (bySentence.has(k)) return m;
      const found = resolveDates(text, published);
      if (found.dates.length || found.relative.length) return m;
      const own = new Set(m.places.map((p) => p.toLowerCase()));
      const places = extractFacts(text).places.filter((p) => !own.has(p.toLowerCase()));
      if (!places.length || places.length !== extractFacts(text).places.length) return m;
      return { ...m, detailPlaces: places };
    }
    return m;
  });
}
