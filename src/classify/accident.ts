// Whether the words at a date tell an accident: harm no one inflicted on purpose, which is no attack (ACLED codes no
// accident). Kept apart from classify-sentence, which only asks the question.

/** A road or traffic accident, a crash of vehicles, anything accidental. */
const ACCIDENT = /\b(?:(?:road|traffic|car|bus|lorry|truck|motorway|vehicle|training)\s+(?:accident|crash|collision)s?|accident(?:s|al|ally)?)\b/i;

/**
 * What takes the accident back: "was no accident", "was not accidental", "deliberate"; an accident only said or
 * denied ("first described as a road accident", "denied that the strike … was accidental"). Round 18b.
 */
const DISOWNED = /\b(?:no|not|never|n[’']t|den(?:y|ies|ied|ying)|deliberate(?:ly)?|described|called|calling|dismissed|passed\s+off|claimed|staged|disguised)\b/i;

/**
 * "… the two soldiers killed at the ferry on 29 May and the driver hurt on the coast road on 3 June in a road
 * accident", "Two soldiers died in a traffic accident on Monday": the stretch of the sentence around the date, between
 * clause marks or an "and", names an accident, so the killing or hurting at that date is no attack. Not when the
 * stretch disowns it before the accident word ("was no accident", "described as a road accident"). Round 18.
 *
 * (Its own cut, not splitClauses: that cuts at "that", and "denied that the strike … was accidental" must keep the
 * denial with the accident.)
 */
/**
 * A natural or accidental hazard that kills or hurts, told as the killer ("Storms killed 12 people", "a fire killed
 * three workers at the refinery") or as what people died in ("were killed in the earthquake", "died in a house
 * fire"): no one's attack. Not fire a force fires ("killed by mortar fire": only "a fire", "the blaze", a house or
 * forest fire count). Round 21 (probes of our own).
 */
const HAZARD =
  '(?:storms?|floods?|flooding|floodwaters?|flash floods?|(?:heavy |torrential |monsoon )?rains|(?:heavy|torrential|monsoon) rain|rainfall|downpours?|cloudbursts?|blizzards?|snowstorms?|hailstorms?|sandstorms?|earthquakes?|quakes?|landslides?|mudslides?|avalanches?|cyclones?|hurricanes?|typhoons?|tornado(?:e)?s?|heatwaves?|heat waves?|lightning|tsunamis?|wildfires?|cholera|epidemics?|outbreaks?|famine|drought|stampedes?|derailments?|(?:an?|the)\\s+(?:(?:house|factory|forest|bush|kitchen|electrical|huge|large|massive|major)\\s+)?(?:fire|blaze)|(?:gas|boiler)\\s+(?:explosions?|leaks?|blasts?))';
const HAZARD_HARMS = new RegExp(`\\b${HAZARD}\\s+(?:that\\s+)?(?:killed|kills|killing|injured|injures|injuring|wounded|hurt|left|(?:tore|tears|tearing|ripped|rips|ripping|swept|sweeps|sweeping)\\s+through|destroyed|flattened|levelled|leveled|buried|engulfed|gutted)\\b|\\b(?:killed|died|dead|injured|hurt|drowned|perished)\\s+(?:in|by|during)\\s+(?:an?\\s+|the\\s+)?(?:\\w+\\s+)?${HAZARD}`, 'i');

const SET_ALIGHT = /\b(?:set|sets|setting)\b.*\b(?:alight|ablaze|on fire)\b|\btorch(?:ed|es|ing)?\b|\barson|\bfire-?bomb/i;

export function accidentAt(sentence: string, near: number): boolean {
  const before = sentence.slice(0, near);
  const start = Math.max(before.search(/[^,;:.]*$/), ...[...before.matchAll(/\band\b/g)].map((a) => a.index! + 3));
  const rest = sentence.slice(near);
  const stop = rest.search(/[,;:.]|\band\b/);
  const stretch = sentence.slice(start, stop < 0 ? sentence.length : near + stop);
  // (A fire someone set is arson, an attack: "died in the blaze after rebels set the depot alight".)
  if (HAZARD_HARMS.test(stretch) && !SET_ALIGHT.test(stretch)) return true;
  const found = ACCIDENT.exec(stretch);
  return !!found && !DISOWNED.test(stretch.slice(0, found.index));
}
