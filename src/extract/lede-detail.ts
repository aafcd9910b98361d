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
const MEANS_STEM = String.raw`(drone|artillery|shell|mortar|rocket|missile|bomb|grenade|sniper|airstrike|air\s+strike|jet)(?:s|ed|ing|ings)?`;
const MEANS = new RegExp(String.raw`\b${MEANS_STEM}\b`, 'gi');

/** Round 19d: a detail tells where the lede's attack struck — its means the subject of an impact verb ("the shells
 * landed inside Camp Hesper", "mortar rounds crashed into the base"). A sentence that names the means otherwise tells
 * something else: where they were launched from ("launched from Khan Younis" is the other side's ground), where they are
 * made ("a drone factory in Yelabuga"), or what they have done before. One word may stand between the means and the
 * verb ("mortar rounds landed", "the shells later fell"). */
const IMPACT = new RegExp(String.raw`\b${MEANS_STEM}\s+(?:(?<between>[a-z]+)\s+)?(?<verb>landed|hit|slammed|struck|fell|exploded|crashed|smashed)\b`, 'i');
/** After the verb, the place: after a preposition of where it struck, or as the object of "hit"/"struck"/"slammed". */
const STRUCK_AT = /^\s+(?:(?:down|short|just|squarely|directly|later|overnight)\s+)?(?:in|inside|into|on|onto|upon|at|near|outside)\b/i;
const TRANSITIVE = /^(?:hit|struck|slammed)$/i;
/** Or the means are what was fired at the place: "lobbed four rockets into Camp Ostrow" (the means the object of a
 * firing verb, then where they went), "the shells were fired at the base". Not "launched": a launch names its site as
 * often as its target. */
const FIRED_AT = new RegExp(String.raw`\b(?:(?:fired|lobbed|hurled|dropped|rained|sent|shot)\s+(?:[\w-]+\s+){0,3}${MEANS_STEM}|${MEANS_STEM}\s+(?:were|was)\s+(?:fired|lobbed|hurled|dropped|rained|sent|shot))\s+(?:down\s+)?(?:into|at|onto|on|upon)\b`, 'i');
/** What makes the sentence no telling of this attack's impact: "also"/"too" mark a second attack; "often", "since" a
 * habit or a past; launched, built, a factory the means' origin, not where they struck. */
const NOT_THIS_IMPACT = /\b(?:also|too|often|frequently|regularly|repeatedly|routinely|usually|sometimes|since|launched|built|produced|assembled|manufactured|factory|factories)\b/i;
/** Where the means came from: "fired from the hills", "rockets from Khan Younis" — the other side's ground. */
const FROM = new RegExp(String.raw`\b(?:${MEANS_STEM}|fired|lobbed|shot|sent|flown|came)\s+(?:[a-z]+\s+)?from\b`, 'i');
/** A word between the means and the verb that makes the means no subject of an impact: an auxiliary of a habit, a
 * future or a perfect ("rockets have hit"), or a noun the means only qualifies ("the drone factory exploded"). */
const NOT_BETWEEN = /^(?:have|has|had|would|will|could|can|may|might|often|also|usually|sometimes|regularly|routinely|factory|factories|plant|plants|works|workshop|depot|store|stores|launcher|launchers|crew|crews|team|teams|unit|units|operator|operators|maker|makers)$/i;

/** The index in `text` after which the places of the means' impact stand, or undefined when no impact is told. */
function impactAt(text: string): number | undefined {
  if (NOT_THIS_IMPACT.test(text) || FROM.test(text)) return undefined;
  const fired = FIRED_AT.exec(text);
  if (fired) return fired.index + fired[0].length;
  const hit = IMPACT.exec(text);
  if (!hit?.groups) return undefined;
  if (hit.groups.between && NOT_BETWEEN.test(hit.groups.between)) return undefined;
  const end = hit.index + hit[0].length;
  if (!STRUCK_AT.test(text.slice(end)) && !TRANSITIVE.test(hit.groups.verb!)) return undefined;
  return end;
}

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
      // Round 19d: only a sentence telling where the means struck, and only the places named after its verb.
      const at = impactAt(text);
      if (at === undefined) return m;
      const own = new Set(m.places.map((p) => p.toLowerCase()));
      const all = extractFacts(text).places;
      const places = all.filter((p) => !own.has(p.toLowerCase()) && text.indexOf(p, at) >= 0);
      if (!places.length || all.some((p) => own.has(p.toLowerCase()))) return m;
      return { ...m, detailPlaces: places };
    }
    return m;
  });
}
