// How strongly two mentions point at the same development, beyond their kind and date: shared distinctive words
// and word pairs, actors, places and quantities. The measure looks at the two mentions only, never at the rest
// of the corpus, so adding an unrelated article cannot change how others merge. Merging never rests on a date alone.
import { AIR_ATTACK, attackMeans } from './air-means.js';
import { FACILITIES, MANNED_AIRCRAFT } from '../classify/vocabulary.js';
import { IRREGULAR_VERBS } from '../nlp/irregular-verbs.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../calendar/calendar-date.js';
import { tenseAt } from '../dates/tense.js';
import { MONTH_WORD } from '../dates/words.js';
import type { Mention } from '../types.js';
import { leadNamesSpeaker, sameSpeaker, speakersOf, type SpeakerKeys } from './speakers.js';

export interface MentionProfile {
  kind: Mention['classification']['type'];
  actors: Set<string>;
  places: Set<string>;
  /** The places as an actor's name is keyed (nameKey): "Port Alder" → "alder", for a name read as an actor elsewhere. */
  placeKeys: Set<string>;
  /** The distinctive words of those places ("Camp Rell" → "rell"), for telling two venues apart. */
  placeWords: Set<string>;
  /** The same words, place by place ("Kessel Heights" → kessel, height), for a place misread in another telling. */
  placeParts: string[][];
  /**
   * Of talks, how big the places their own clause names are: all buildings ("Hill Palace", "the Palazzo Ferrant"), all
   * other places (towns, regions), or both; undefined when none.
   */
  venueScale?: 'building' | 'area' | 'both';
  /** Each place's words as written, lower case ("camp rell" → camp, rell), for a place named within another. */
  placeNames: string[][];
  /** Words of the sentence that stand as a place after a preposition, read as a name or not ("of Pask", "near Pask"). */
  placed: Set<string>;
  /** Facilities the sentence sets its development at ("outside the central market", "near a mosque"): sites within a town. */
  sites: Set<string>;
  quantities: Set<string>;
  /**
   * The figures the sentence writes (20 or more, not years, not the date's own), whatever they count: "300 Kestrians
   * arrived" and "300 Kestrian observers arrived" share 300 though only one figure was read as counting troops.
   */
  figures: number[];
  terms: Set<string>;
  /** Adjacent content words ("border negotiation"): much stronger evidence than either word alone. */
  pairs: Set<string>;
  /**
   * The development is named as one already known: a definite noun ("followed the bombing of the pipeline") or a
   * relative clause ("the section that was blown up on 19 May"). It points back at a telling elsewhere.
   */
  reference: boolean;
  /**
   * The development is named only by its kind's noun and its date: "the airstrikes of 15 January", "the round of 3 May".
   * Such a name presupposes the one development of that kind the day is known for (merge-mentions.ts joins it to the
   * day's one cluster of its kind).
   */
  namedByDate: boolean;
  /** Told as at a place other than last time's: "came again on Saturday, this time at the docks". */
  elsewhere: boolean;
  /** Words and pairs of the sentence before, for sentences that only point at their subject. */
  context: { terms: Set<string>; pairs: Set<string> };
  /** The article it was told in: a sentence's words lent by the sentence before count only against other articles. */
  article: string;
  /**
   * A telling that names nobody and no place ("They met again on 16 February", "Wednesday's attack wounded nobody",
   * "The last of them are due to leave") points at what the sentence before named: its words and pairs with that
   * sentence's, for scoring against another article's tellings.
   */
  wide?: { terms: Set<string>; pairs: Set<string> };
  /**
   * Places in a sequence named in the date's own clause: "the second round", "the final rotation", "the 3rd
   * phase" → "2", "last", "3". Two tellings naming different places in a sequence tell different developments.
   */
  ordinals: Set<string>;
  /** Content words of the direct quotations the sentence carries (a statement's own words). */
  quoted: Set<string>;
  /** CAMEO code of the cue: within troops it tells a level (150) from a handover (087) or a move. */
  cameo: string;
  /** Talks told ahead of their date ("talks are due to resume on 18 March"): a plan for a round at that date. */
  plan: boolean;
  /**
   * A troop development told as due by its date ("every one of them will be home by 30 June", "would end by June 30",
   * "(scheduled)"): a deadline, a day set in advance that tellings of one withdrawal share.
   */
  deadline: boolean;
  /**
   * A statement's speakers (speakers.ts): the first name before its cue ("Wenlock made it official in a speech to
   * parliament"), and the body a spokesperson speaks for.
   */
  speakers?: SpeakerKeys;
  /** How precise the mention's date is: a plan and a round meet only when both are dated to the month or better. */
  precision: Mention['date']['precision'];
  /** The words of the names the mention reads (actors, places): a name is shared as a name, not as a word. */
  nameWords: Set<string>;
  /**
   * Initials the telling writes in capitals, read as a name or not ("The BSF commander, Brigadier Varga, said …" reads
   * Varga as its actor, not the BSF), lowercased as nameKey keys them: a body another telling names in full ("the Basin
   * Security Force", keyed "bsf") is named here too.
   */
  initials: Set<string>;
  /** Names a round of talks as such (talks, negotiations, round, dialogue; meeting again, resuming), not a meeting
   * or a call. */
  round: boolean;
}

const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both
  but by can could did do does doing down during each earlier early few for from further had has have having he her here
  hers him his how i if in into is it its itself just last late latest least made more most much near nearly next no nor not
  now of off on once only or other our out over own per said same says she should so some such than that the their them
  then there these they this those through to too under until up upon us very was we were what when where which while who
  whom why will with would year years month months week weeks day days today yesterday ago time times since ahead
  according added told say saying government official officials country countries forces force people
  report reported statement including however while amid meanwhile also mr ms mid`
    .split(/\s+/)
    .filter(Boolean),
);
for (const name of [...MONTH_NAMES, ...WEEKDAY_NAMES]) STOPWORDS.add(name.toLowerCase());

/** Words that end the names of many bodies: "Iraqi Security Forces" and "Popular Mobilization Forces" differ. */
const GENERIC_HEADS = new Set(
  'forces force army government council department ministry house party committee agency group coalition union bank court parliament office state states region province authority authorities command militia militias regiment battalion brigade division squadron platoon corps'.split(' '),
);

/** Every head of a body's name, for finding bodies named in running text (speakers.ts). */
export function bodyHeadWords(): string[] {
  return [...GENERIC_HEADS, ...BODY_HEADS];
}

/** Heads of bodies' names besides GENERIC_HEADS: "Highland Defence Front", "Joint Observer Mission". */
const BODY_HEADS = new Set('detachment front movement alliance mission organisation organization service guard guards police federation league assembly congress network association'.split(' '));
const BODY_OR_GENERIC_HEAD = new Set([...GENERIC_HEADS, ...BODY_HEADS]);
const NAME_FILLERS = new Set(['of', 'for', 'and', 'the', 'in', 'on', '&']);

/**
 * A key under which spellings of one name meet: a person's surname without particles ("Qassem Soleimani" and
 * "Qasem Soleimani" → "soleimani"; "Mr Orran" and "Sami Orran" → "orran"), or a body's whole name when it ends in a
 * generic word; a body named by three words or more meets its initials ("Highland Defence Front" and "HDF" → "hdf",
 * "Popular Mobilization Forces" and "PMF" → "pmf"), and an acronym is its own key.
 */
export function nameKey(name: string): string {
  const clean = name.replace(/\([^)]*\)/g, ' ').trim();
  if (/^[A-Z]{2,6}$/.test(clean)) return clean.toLowerCase();
  const words = clean
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w && !['the', 'al', 'el', 'bin', 'ibn', 'abu'].includes(w));
  const last = words.at(-1) ?? '';
  if (!GENERIC_HEADS.has(last) && !BODY_HEADS.has(last)) return last;
  const significant = words.filter((w) => !NAME_FILLERS.has(w));
  return significant.length >= 3 ? significant.map((w) => w[0]).join('') : words.join(' ');
}

/** The head noun of a body's name ("Highland Front", "the Council" → "front", "council"), or undefined for other names. */
export function bodyHead(name: string): string | undefined {
  const last = name.replace(/\([^)]*\)/g, ' ').trim().toLowerCase().split(/[\s-]+/).at(-1) ?? '';
  return GENERIC_HEADS.has(last) || BODY_HEADS.has(last) ? last : undefined;
}

/**
 * A light stemmer: "resumed", "resumes", "resuming" and "resume" meet at "resum". A word of four letters is stemmed
 * too, so it meets its inflections ("vote", "voted", "voting" at "vot"; "fire", "fired" at "fir"), but only to a
 * stem of three letters or more ("ring", "need", "uses" keep theirs), and "news" is no plural of "new".
 */
function stem(word: string): string {
  if (word.length <= 3 || word === 'news') return word;
  // "-ee" verbs keep their "e" before "-ing": "fleeing" meets "flee", "flees" (and "fled" through IRREGULAR_VERBS) at "fle".
  if (word.endsWith('eeing')) return stem(word.slice(0, -3));
  // A noun made with "-ure" meets its verb: "closure" and "close", "seizure" and "seized".
  if (word.length > 6 && /ures?$/.test(word)) return word.replace(/ures?$/, '');
  // A demonym meets its country: "Dauratian" and "Daurat", "Norvenian" and "Norvenia" meet at "daurat", "norven".
  if (word.length >= 6 && /(?:ians?|ia)$/.test(word)) return word.replace(/(?:ians?|ia)$/, '');
  const stemmed = word.replace(/(?:ies|ied)$/, 'y').replace(/(?:ing|ed|es|s|e)$/, '');
  if (word.length === 4 && stemmed.length < 3) return word;
  // A consonant doubled before "-ed" or "-ing" is one: "thinned" and "thins" meet at "thin", "stopped" and "stop".
  if (/(?:ed|ing)$/.test(word) && /[^aeiou][aeiou]([bdgmnprt])\1$/.test(stemmed)) return stemmed.slice(0, -1);
  return stemmed;
}

/**
 * One word for each way of telling a troop reduction or withdrawal: "wind down its mission", "draw down", "scale
 * down" and "drawdown" meet at "drawdown"; "pulled out" and "pullout" at "pullout"; "withdrew", "withdrawn",
 * "withdrawal" at "withdraw". Inflection, not synonymy: the words differ only in how English spells one act.
 */
function normalisePhrases(text: string): string {
  return text
    .replace(/\b(?:wind|winds|winding|wound|draw|draws|drawing|drew|drawn|scale|scales|scaling|scaled)(?:\s+|-)down\b/g, 'drawdown')
    .replace(/\b(?:pull|pulls|pulling|pulled)(?:\s+|-)out\b/g, 'pullout')
    // "unmanned aircraft", "an unmanned aerial vehicle", "UAVs": the long names of a drone (text is lowercased here).
    .replace(/\bunmanned\s+(?:aerial\s+)?(?:aircraft|vehicles?|planes?)\b|\buavs?\b/g, 'drone')
    .replace(/\bwithdr(?:aw|aws|awing|awn|ew|awal|awals)\b/g, 'withdraw')
    // "pulled back", "pulling their heavy guns back", "moves 2,000 troops back": a verb of moving with "back" after its
    // object (four words at most) is one word, "pullback", as the noun is; the object's words stay.
    .replace(/\b(?:pull|pulls|pulling|pulled|move|moves|moving|moved)((?:\s+(?!back\b)[a-z\d,.'’-]+){0,4}?)\s+back\b/g, 'pullback$1')
    .replace(/\bpull-?backs?\b/g, 'pullback')
    // "flew home", "sailed home", "are going home": one word, which the troops synonyms meet with a withdrawal.
    .replace(/\b(?:fly|flies|flew|flown|flying|sail|sails|sailed|sailing|return|returns|returned|returning|go|goes|went|gone|going|head|heads|headed|heading|come|comes|came|coming)\s+home\b/g, 'homeward')
    // "flew out of the capital", "sailed out": leaving by air or sea, as "flew home".
    .replace(/\b(?:fly|flies|flew|flown|flying|sail|sails|sailed|sailing)\s+out\b/g, 'homeward');
}

/** Content words in order, lowercased and crudely stemmed; date words and function words left out. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of normalisePhrases(text.toLowerCase()).match(/[a-z][a-z'’-]+/g) ?? []) {
    // A hyphenated compound is its words: "heavy-weapons pullback" and "heavy weapons", "a buffer-zone deal" and "a
    // buffer zone", "Belkaran-chaired talks" and "talks chaired by Belkara" share them.
    for (const part of raw.replace(/['’]s$/, '').replace(/^(al|el)-/, '').split('-')) {
      const word = part.replace(/['’]s?$/, '');
      if (word.length < 3 || STOPWORDS.has(word)) continue;
      out.push(stem(IRREGULAR_VERBS[word] ?? word));
    }
  }
  return out;
}

export function terms(text: string): Set<string> {
  return new Set(contentWords(text));
}

/**
 * Small synonym sets in the spirit of CAMEO's verb classes: the words (as contentWords stems them) by which news
 * English tells one kind of development, each set met at one canonical word, so "talks", "negotiations" and "the
 * third round" share a word, as do "will withdraw 500 soldiers", "the drawdown of 500 troops" and "cut its contingent".
 * Per kind, since the same word tells different things in different kinds ("round" of talks, mortar "rounds");
 * applied to the features themselves, so two mentions that share no word still share none of these (evidence 0).
 */
const SYNONYMS: Record<MentionProfile['kind'], Record<string, string>> = {
  talks: {
    ...same('talk', 'talk negotiation negotiat round dialogu dialog consultation parley'),
    ...same('meet', 'meet meeting met visit trip sat host'),
    // What talks end in: "agreed to expedite", "the deal the commanders struck", "signed an accord".
    ...same('agree', 'agre deal accord pact'),
  },
  attack: {
    ...same('attack', 'attack assault strik struck raid airstrik bombard'),
    ...same('kill', 'kill dead death dy die fatal'),
    ...same('wound', 'wound injur injury hurt'),
  },
  troops: {
    ...same('withdraw', 'withdraw pullout pullback drawdown reduc reduction cut cuts cutt shrink shrank shrunk trim downsiz exit departur depart leav left homeward gone'),
    ...same('handover', 'handover hand transfer transferr'),
    // "300 medics joined the mission": a force joined is one arrived.
    ...same('deploy', 'deploy deployment send sent dispatch reinforc reinforcement arriv land join'),
    // In a troop development a mission is its force: "sends a stabilisation mission" / "the first soldiers arrived".
    ...same('troop', 'mission'),
    // What a pullback moves: "heavy weapons", "heavy guns", "the artillery".
    ...same('weapon', 'weapon gun guns artillery'),
  },
  statement: {
    ...same('pledge', 'pledg promis vow'),
    ...same('announc', 'announc declar'),
    ...same('warn', 'warn threaten'),
  },
};
/** Across kinds: a force's members and a military base, whatever the word. */
const SYNONYMS_ANY: Record<string, string> = {
  // Trainers, advisers and instructors are a mission's soldiers too (find-quantities counts them as troops).
  ...same('troop', 'troop soldier personnel servicemen servicemember contingent garrison peacekeeper marine observer monitor sailor airmen warship frigate helmet trainer adviser advisor instructor paratrooper commando reservist'),
  ...same('base', 'base airbase airfield barrack'),
};

/** Each word, and its stem as contentWords gives it ("airbase" → "airbas"), met at `canonical`. */
function same(canonical: string, words: string): Record<string, string> {
  return Object.fromEntries(words.split(' ').flatMap((w) => [[w, canonical], [stem(w), canonical]]));
}

/** A stemmed content word as the features of a mention of `kind` hold it (SYNONYMS). */
export function canonicalWord(word: string, kind: MentionProfile['kind']): string {
  return SYNONYMS[kind][word] ?? SYNONYMS_ANY[word] ?? word;
}

/**
 * `bodies`: the bodies the mention's article names in full, by head noun (speakers.ts, articleBodies), so that its
 * "the Front" is the one front it names.
 */
export function profileMention(mention: Mention, bodies?: Map<string, Set<string>>): MentionProfile {
  const { index, text } = mention.date;
  const kind = mention.classification.type;
  const canonical = (list: string[]) => list.map((w) => canonicalWord(w, kind));
  const own = withoutDate(withoutAnchors(mention.quote, index), index, text.length);
  const words = canonical(contentWords(own));
  // "The force deployed in October", "its force will shrink": in a troop development a force named by a determiner
  // (not a body's name, "the Peace Force") is its soldiers; "force" alone is too common to be a word of its own.
  if (kind === 'troops' && FORCE_AS_TROOPS.test(mention.quote) && !words.includes('troop')) words.push('troop');
  // "agreed to meet again", "will reconvene": another round planned without its noun has the noun's word, as a plan of
  // a round ("a sixth round is set for …") does. (Not one told as held: "They met again on …" shares nothing more with
  // the day's plan of a round than its kind.)
  if (kind === 'talks' && ANOTHER_ROUND.test(mention.quote) && !words.includes('talk') && tenseAt(mention.quote, index, text.length).tense === 'future') words.push('talk');
  const before = mention.context ? canonical(contentWords(mention.context)) : [];
  // An attack's lede told in general terms ("our soldiers in Tarvel were shelled") names the places its article's
  // undated detail gives ("The shells landed inside Camp Orly"): they are its places too (extract/lede-detail.ts).
  const told = mention.detailPlaces ? [...mention.places, ...mention.detailPlaces] : mention.places;
  // Talks sit somewhere: a place named only as where the dispute is ("since the crisis in Dorva began") is not theirs.
  const allPlaces = kind === 'talks' ? told.filter((p) => !topicPlace(mention.quote, p)) : told;
  const ownPlaces = kind === 'talks' ? ownClausePlaces(mention.quote, index, mention.places) : allPlaces;
  const placeParts = ownPlaces
    .map((p) => canonical(contentWords(p)).filter((w) => !GENERIC_PLACE_WORDS.has(w)))
    .filter((words) => words.length);
  // A transcript's speaker label ("Q: Wednesday's attack wounded nobody", "A: …") names nobody.
  const names = mention.actors.filter((a) => nameKey(a).length > 1);
  const speakers = kind === 'statement' ? speakersOf(mention, names, bodies) : undefined;
  const cameo =
    kind === 'troops' && MOVE_OR_LEVEL.has(mention.classification.cameo) && dateVerb(mention.quote, index)
      ? dateVerb(mention.quote, index)!
      : kind === 'troops' && mention.classification.cameo === '150' && movedFigure(mention.quote, mention.classification.cue)
      ? '0874'
      : kind === 'troops' && mention.classification.cameo === '154' && RETURN.test(mention.classification.cue)
        ? RETURNED
        : kind === 'attack'
          ? attackMeans(mention.quote, mention.classification.cue, mention.classification.cameo)
          : mention.classification.cameo;
  // A troop move dated in a relative clause counts only the figures of the noun the clause hangs on.
  const counted = kind === 'troops' && MOVE_OR_LEVEL.has(mention.classification.cameo) ? relativeFigures(own, index) : own;
  return {
    kind: mention.classification.type,
    actors: new Set(names.map(nameKey)),
    places: new Set(allPlaces.map((p) => withoutAdminHead(p).toLowerCase())),
    placeKeys: new Set(allPlaces.map((p) => nameKey(withoutAdminHead(p)))),
    placeWords: new Set(placeParts.flat()),
    placeParts,
    ...(kind === 'talks' && ownPlaces.length ? { venueScale: venueScale(ownPlaces) } : {}),
    placeNames: allPlaces.map((p) => withoutAdminHead(p).toLowerCase().split(/[\s-]+/).filter(Boolean)),
    placed: new Set(canonical(contentWords([...own.matchAll(PLACED)].map((m) => m[1]).join(' ')))),
    sites: new Set(canonical(contentWords([...own.matchAll(SITE)].map((m) => m[1]).join(' ')))),
    quantities: new Set(
      mention.quantities.filter((q) => toldIn(counted, q.text, mention.quote)).map((q) => `${q.value} ${kind === 'troops' && (TROOP_LIMITS.has(q.counts) || SERVICE_PEOPLE.has(q.counts)) ? 'troops' : q.counts}`),
    ),
    terms: new Set(words),
    figures: figuresOf(counted),
    pairs: pairsOf(words),
    reference: isReference(mention),
    namedByDate: namedByDate(mention),
    elsewhere: ELSEWHERE.test(mention.quote),
    context: { terms: new Set(before), pairs: pairsOf(before) },
    article: mention.article,
    // A statement whose sentence before names its speaker reads that lead's words too: "The Front is suspending its part
    // in the talks. In a statement, the Front said it would "not sit at a table while bombs fall"".
    ...(before.length && ((!names.length && !mention.places.length) || pronounSubject(mention.quote, index) || (speakers && leadNamesSpeaker(mention, speakers, bodies)))
      ? { wide: { terms: new Set([...words, ...before]), pairs: new Set([...pairsOf(words), ...pairsOf(before)]) } }
      : {}),
    ordinals: ordinalsNear(mention.quote, index),
    quoted: new Set(ownQuotes(mention).flatMap((q) => contentWords(q.text))),
    cameo,
    plan: mention.classification.type === 'talks' && tenseAt(mention.quote, index, text.length).tense === 'future',
    ...(speakers ? { speakers } : {}),
    // Only a move can meet another at its deadline (evidence()), so only a move's tense is read.
    deadline: kind === 'troops' && cameo === '0874' && (/\bby\s+(?:the\s+)?$/i.test(mention.quote.slice(0, index)) || tenseAt(mention.quote, index, text.length).tense === 'future'),
    precision: mention.date.precision,
    round: words.some((w) => ROUND_WORDS.has(w)) || ANOTHER_ROUND.test(mention.quote),
    nameWords: new Set(canonical(contentWords([...mention.actors, ...mention.places].join(' ')))),
    initials: new Set([...own.matchAll(INITIALS)].map((m) => m[1]!.toLowerCase()).filter((w) => !STOPWORDS.has(w))),
  };
}

/** A word of two to six capitals, an acronym ("BSF", "UNIFIL"); a function word a headline sets in capitals ("OUR") is none. */
const INITIALS = /(?<![\w-])([A-Z]{2,6})(?![\w-])/g;

/**
 * A place named with the word for its kind of division after it is that place: "Hessa province" and "Hessa", "the Tamar
 * district" and "Tamar". Only a last word of these, and only after a name ("the Province" stays).
 */
function withoutAdminHead(place: string): string {
  return place.replace(ADMIN_HEAD, '') || place;
}
const ADMIN_HEAD = /(?<=\S)\s+(?:province|region|district|county|governorate|prefecture|oblast|municipality|department)$/i;

/**
 * A telling whose subject is a pronoun points back at what the sentence before named, whatever else it names: "Its
 * departure, planned for 31 May, was delayed by the floods at Rell Ford, and it left on 12 June", "They met in Osk on
 * Monday". The sentence's first words, or those of the date's own clause ("…, and it left on 12 June").
 */
function pronounSubject(quote: string, index: number): boolean {
  const [start] = clauseAround(quote, index);
  return PRONOUN_SUBJECT.test(quote) || (start > 0 && PRONOUN_SUBJECT.test(quote.slice(start)));
}
const PRONOUN_SUBJECT = /^\s*(?:(?:and|but|then|so)\s+)?(?:it|they|its|their)\b(?!\s+(?:is|was|has|had|will|would)\s+(?:not\s+)?(?:understood|thought|said|reported|believed|expected|likely|unclear|clear|possible|important|hard|difficult|too|time)\b)/i;

/**
 * A development told as a point of time for another ("a week after the missile strike on the port", "hours before
 * the second round opened", "two days after the ambush"): its words are the other development's, not this one's, so
 * they are left out of the words this telling shares. Up to the end of the clause.
 */
const ANCHOR =
  /\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|some|a\s+few)\s+(?:hours?|days?|nights?|weeks?|months?|fortnights?)|hours|days|weeks|months|shortly|soon|moments|minutes)\s+(?:after|before)\s+(?:the|a|an|its|their|his|her)\s+[^,;:.()]*/gi;

/**
 * The quote with the anchors that follow its date blanked out, keeping every offset. An anchor before the date or
 * holding it may be what the date dates ("a week after the radar team, 60 specialists, left on 28 March", "two months
 * after the accord was signed on 21 November") and stays.
 */
function withoutAnchors(quote: string, date: number): string {
  return quote.replace(ANCHOR, (found, at: number) => (at > date ? ' '.repeat(found.length) : found));
}

/**
 * Whether a figure's words stand in the telling's own text (the quote without its date and the anchors after it): "Rockets
 * struck the base, a month after an ambush killed two of its soldiers" counts the ambush's dead, not the rockets', and
 * would otherwise meet the ambush's tellings on that toll and keep the ambush's other tellings from theirs.
 */
function toldIn(own: string, words: string, quote: string): boolean {
  const escaped = words.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (!escaped) return true;
  const word = new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, 'i');
  // Words the quote does not spell as read (a figure put together from several) stay the telling's.
  return word.test(own) || !word.test(quote);
}

function withoutDate(quote: string, index: number, length: number): string {
  return quote.slice(0, index) + ' ' + quote.slice(index + length);
}

/**
 * A troop figure that a move governs is the move's, not a level: "the pullback of about 1,800 troops", "moves nearly
 * 2,000 troops back", "withdrew its 1,200 soldiers" (a movement word among the four words before the figure). Read as
 * a withdrawal (0874) for merging, so it meets the other tellings of that move rather than being kept from them as a
 * level; a figure alone ("there are now 850") stays a level.
 */
function movedFigure(quote: string, cue: string): boolean {
  const at = cue ? quote.indexOf(cue) : -1;
  if (at < 0) return false;
  const before = quote.slice(0, at).split(/\s+/).slice(-5).join(' ');
  // "moves nearly 2,000 troops back": the verb's "back" comes after the figure.
  const after = quote.slice(at + cue.length).split(/\s+/).slice(0, 2).join(' ');
  return contentWords(`${before} ${cue} ${after}`).some((w) => MOVES.has(canonicalWord(w, 'troops')));
}
const MOVES = new Set(['withdraw', 'deploy']);

/** A relative clause whose verb (perfect or not) the date follows: "… company that arrived last month", ", which had left on". */
const RELATIVE_BEFORE_DATE = /[\s,](?:that|which|who)\s+(?:(?:had|has|have)\s+)?(?:been\s+)?[a-z]+\s+(?:(?:on|in|at|by|from|to)(?:\s+the)?\s*)?$/i;

/**
 * The text whose figures a troop telling dated inside a relative clause may count: "CONMIL now has about 2,700 troops in
 * the province, including an engineer company that arrived last month" dates the company's arrival, and 2,700 is the
 * force's level, not the company's; "300 soldiers, who arrived on 5 May" and "a company of 150 that arrived on 5 May"
 * keep theirs (within the three words before the clause). Text before those is blanked, positions kept.
 */
function relativeFigures(own: string, index: number): string {
  const m = RELATIVE_BEFORE_DATE.exec(own.slice(0, index));
  if (!m) return own;
  const words = [...own.slice(0, m.index).matchAll(/\S+/g)];
  if (words.length <= 3) return own;
  const head = words[words.length - 3]!.index!;
  return ' '.repeat(head) + own.slice(head);
}

/**
 * The move a troop telling's date is told by, when the verb right before it names one: "including the helicopter unit
 * that arrived on 17 May" dates an arrival, "the unit, which arrived on 17 May, is due to leave in June" too, and "should
 * shrink to 900 by June and close on 31 December" a departure, whatever the sentence's main cue (a level, the other
 * move). An arrival (154) or a departure (0874); undefined when no move verb stands there.
 */
function dateVerb(quote: string, index: number): string | undefined {
  const verb = /\b([a-z]+)\s+(?:(?:on|in|at|by)(?:\s+the)?\s*)?$/i.exec(quote.slice(Math.max(0, index - 40), index))?.[1];
  const move = verb ? moveOf(verb) : undefined;
  if (move || !verb) return move;
  // "130 aircrew joined the mission at Camp Tor on 17 May": the place the move went to stands between its verb and
  // the date. The verb in the past, with the words after it naming no other clause (no comma), up to eight words back.
  const past = /\b([a-z]+ed|sent|left|flew|landed)\s+(?:[^,;:—–]+\s+)?$/i.exec(quote.slice(Math.max(0, index - 60), index));
  return past && past[0].trim().split(/\s+/).length <= 9 ? moveOf(past[1]!) : undefined;
}

function moveOf(verb: string): string | undefined {
  const word = canonicalWord(stem(verb.toLowerCase()), 'troops');
  return word === 'deploy' ? '154' : word === 'withdraw' || CLOSING.has(verb.toLowerCase()) || HOMEWARD.has(verb.toLowerCase()) ? '0874' : undefined;
}
/** "head home on 12 April", "took the destroyer home on 12 April": whoever goes home on a day leaves the force then. */
const HOMEWARD = new Set(['home', 'homeward', 'homewards']);
/** Levels and moves: what a date's own verb may tell apart (not a handover). */
const MOVE_OR_LEVEL = new Set(['150', '154', '0874']);
/** A mission or base that closes: its force leaves. */
const CLOSING = new Set(['close', 'closes', 'closed', 'closing']);

/**
 * The quotations that are the dated statement's own words. A date inside a relative clause ("Its spokesman, Ana Dov,
 * who on Monday denied any part in it, called the raid "a crime" last night") dates that clause's saying, and the
 * quotation outside it belongs to the main clause's.
 */
function ownQuotes(mention: Mention): Mention['quotes'] {
  const { quote, date } = mention;
  const open = quote.slice(0, date.index).search(/,\s+(?:who|which)\s+(?:[^,]*)$/);
  if (open < 0) {
    // "The Herald calls the deal "a truce on credit" and reminds readers that the Front walked out in May": the date
    // stands in a clause a second verb reports ("and reminds readers that", "and added that"); a quotation closed before
    // that verb is the first verb's words (often another speaker's, a paper's), not the dated saying's.
    const reported = [...quote.slice(0, date.index).matchAll(REPORTED_AFTER_AND)].at(-1);
    if (!reported) return mention.quotes;
    return mention.quotes.filter((q) => {
      const at = quote.indexOf(q.text);
      return at < 0 || at + q.text.length > reported.index!;
    });
  }
  const close = quote.indexOf(',', date.index + date.text.length);
  const end = close < 0 ? quote.length : close;
  return mention.quotes.filter((q) => {
    const at = quote.indexOf(q.text);
    return at < 0 || (at > open && at < end);
  });
}

/** "… and reminds readers that", "and added that": a second verb of the sentence, then the clause it reports. */
const REPORTED_AFTER_AND = /\band\s+(?:[a-z]+\s+){1,3}that\s/gi;

/**
 * "The first contingent returned to Dalmora", "the battalion returned to the border": a return is a move whose way
 * the verb does not tell (home, a withdrawal; to the front, an arrival), so it is kept from neither (opposite()).
 */
const RETURN = /\breturn(?:s|ed|ing)?\b/i;
const RETURNED = 'return';

/** In a troop development, a ceiling's figure is the troop figure it sets ("must shrink to 6,500" / "a ceiling of 6,500"). */
const TROOP_LIMITS = new Set(['ceiling', 'cap', 'strength']);
/**
 * In a troop development, service people of any branch (and police) are its troops: "600 naval personnel" (read as troops) and "600
 * sailors", "300 airmen" and "300 troops" count one force. (Counted as the quantity reader writes them, one or many.)
 */
const SERVICE_PEOPLE = new Set('police policeman policemen policewomen officer officers constable constables sailor sailors seaman seamen airman airmen gendarme gendarmes infantryman infantrymen sapper sappers gunner gunners guardsman guardsmen rangers ranger fusiliers'.split(' '));
const FORCE_AS_TROOPS = /\b(?:the|its|their|a|this|that|whole)\s+force\b(?!\s+of\s+[A-Z])/i;

/** Meeting again, reconvening, resuming: another round, told without its noun ("agreed to meet again on 14 June"). */
// Any tense: "They met again on 16 February" is a round as "will meet again" is.
const ANOTHER_ROUND = /\b(?:meet|meets|meeting|met|(?:sit|sits|sat|sitting)\s+down)\s+again\b|\breconven|\bresum(?:e|es|ed|ing|ption)\b/i;
/** Stems of the nouns that name a round of talks (contentWords' stems). */
const ROUND_WORDS = new Set(['talk', 'negotiation', 'round', 'dialogu', 'dialog']);

const ORDINAL_WORDS: Record<string, string> = {
  first: '1', second: '2', third: '3', fourth: '4', fifth: '5', sixth: '6', seventh: '7', eighth: '8', ninth: '9', tenth: '10',
  eleventh: '11', twelfth: '12', last: 'last', final: 'last', penultimate: 'penultimate',
  'next-to-last': 'penultimate', 'second-to-last': 'penultimate', 'next-to-final': 'penultimate',
  opening: '1', inaugural: '1',
};
/** Nouns that count steps of a sequence. */
const SEQUENCE_NOUNS = 'round|rounds|session|sessions|rotation|rotations|phase|phases|stage|stages|step|steps|wave|waves|tranche|tranches|batch|batches|contingent|contingents|leg|installment|instalment';
/**
 * A force leaves and arrives in steps told by their members: "the last 236 soldiers flew out", "its last soldiers
 * left", "the first 300 trainers flew home", "the last of them are due to leave" are steps of a sequence as "the final
 * rotation" is (only first, second, third, last and final: "opening fire on soldiers" is none).
 */
const MEMBER_NOUNS = 'soldiers|troops|personnel|peacekeepers|sailors|airmen|trainers|observers|monitors|marines|helmets|warships|frigates|of\\s+them|of\\s+those';
/** "the last two weeks, soldiers …", "the first time troops …": no step of a force. */
const TIME_NOUNS = 'time|times|week|weeks|month|months|year|years|day|days|night|nights|hour|hours';
const ORDINAL = new RegExp(
  `\\b(${Object.keys(ORDINAL_WORDS).sort((x, y) => y.length - x.length).join('|')}|\\d{1,2}(?:st|nd|rd|th))\\b(?:(?:[\\s-]+[a-z]+){0,2}?[\\s-]+(?:${SEQUENCE_NOUNS})|(?<=\\b(?:first|second|third|last|final)\\b)(?:\\s+(?!(?:${TIME_NOUNS})\\b)(?:[a-z]+|[\\d,]+)){0,2}?\\s+(?:${MEMBER_NOUNS}))\\b`,
  'gi',
);
const CARDINAL_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', eleven: '11', twelve: '12',
};
/**
 * "round three", "Round 3", "phase two of the pullback": the noun, singular, then its number (not "a round two hours
 * later", "came round one evening", "round 150 troops").
 */
const NUMBERED_STEP = new RegExp(
  `\\b(?:round|session|phase|stage|tranche|wave|leg)\\s+(${Object.keys(CARDINAL_WORDS).join('|')}|\\d{1,2})\\b(?![.,]\\d)(?!\\s+(?:${TIME_NOUNS}|morning|mornings|afternoon|evening|evenings|more|others?|hundred|thousand|dozen)\\b)`,
  'gi',
);
const SEQUENCE_NOUN = new RegExp(`\\b(?:${SEQUENCE_NOUNS})\\b`, 'i');
/** "first two rounds", "last three phases": an ordinal, a count, then a plural step noun (a range of steps). */
const FIRST_OR_LAST_N = new RegExp(
  `^(first|last|final)\\s+(${Object.keys(CARDINAL_WORDS).join('|')}|[2-9]|1[0-2])\\s+(?:${SEQUENCE_NOUNS.split('|').filter((n) => n.endsWith('s')).join('|')})$`,
  'i',
);
/** "the last is due", "and the final one by May": an ordinal with its noun left out, as its clause's subject (not
 * "ended the way the first one did"). */
const ELLIPTICAL_ORDINAL = new RegExp(
  `^\\s*(?:(?:and|but|while|then)\\s+)?the\\s+(${Object.keys(ORDINAL_WORDS).sort((x, y) => y.length - x.length).join('|')})\\s+(?:ones?\\b|(?:is|are|was|were|will|would|has|have|had|should|could|must|might)\\b)`,
  'i',
);
/** "…, a second on 23 February", "and the third one in March": an ordinal with its noun left out, then the date. */
const ORDINAL_BEFORE_DATE = new RegExp(
  `\\b(?:a|an|the)\\s+(${Object.keys(ORDINAL_WORDS).sort((x, y) => y.length - x.length).join('|')})(?:\\s+one)?\\s+(?:(?:was|is|came|followed|opened|held)\\s+)?(?:on|in|at)(?:\\s+the)?\\s*$`,
  'i',
);
/**
 * Where a clause ends: a semicolon, a dash between clauses, a comma before a conjunction, or "and" before a step of
 * a sequence as a new subject ("The talks began in October and a second round was held in early December": October
 * dates no second round).
 */
const CLAUSE_BREAK = new RegExp(
  `;|\\s[—–]\\s|,\\s+(?:and|but|while|whereas|whilst)\\s|\\s+and\\s+(?=(?:a|an|the)\\s+(?:${Object.keys(ORDINAL_WORDS).sort((x, y) => y.length - x.length).join('|')})\\b)`,
  'gi',
);

/** Where the date's own clause begins and ends in the quote (CLAUSE_BREAK). */
function clauseAround(quote: string, index: number): [number, number] {
  let start = 0;
  let end = quote.length;
  for (const m of quote.matchAll(CLAUSE_BREAK)) {
    const at = m.index!;
    if (at + m[0].length <= index) start = at + m[0].length;
    else if (at >= index) {
      end = at;
      break;
    }
  }
  return [start, end];
}

/**
 * The places the venue of talks is read from: those the date's own clause names. "The fifth round had opened only on Monday,
 * and few in Harrow had expected a deal": Harrow is where people expected, not where the round sat. A place the
 * quote does not spell as read is kept. (Not for attacks: a sentence that tells two attacks of one day in two clauses
 * names each one's place, and those places still keep them apart.)
 */
function ownClausePlaces(quote: string, index: number, places: readonly string[]): string[] {
  const [start, end] = clauseAround(quote, index);
  return places.filter((p) => {
    const at = quote.indexOf(p);
    if (topicPlace(quote, p)) return false;
    return at < 0 || (at >= start && at < end);
  });
}
/** "talks on the conflict in Dorva", "since the crisis in the Merrow Strait began": the place of what they are about. */
function topicPlace(quote: string, place: string): boolean {
  const at = quote.indexOf(place);
  return at >= 0 && TOPIC_BEFORE_PLACE.test(quote.slice(Math.max(0, at - 60), at));
}
/** A dispute's noun and its preposition right before a place: the place is the dispute's, not the talks' venue. */
const TOPIC_BEFORE_PLACE =
  /\b(?:crisis|conflict|war|dispute|stand-?off|fighting|violence|tensions?|row|feud|clashes|insurgency|rebellion|unrest|hostilities)\s+(?:in|over|around|along|across|about)\s+(?:the\s+)?$/i;

/** The ordinals of the date's own clause ("…in mid-March, and a third round is due on Thursday": mid-March has none). */
export function ordinalsNear(quote: string, index: number): Set<string> {
  // "a first round in Hollin on 26 January, a second on 23 February and a third on 29 March": an ordinal standing
  // right before a date, its noun left out, is the step that date dates, whatever else its clause names.
  if (SEQUENCE_NOUN.test(quote)) {
    const m = ORDINAL_BEFORE_DATE.exec(quote.slice(Math.max(0, index - 24), index));
    if (m) return new Set([ORDINAL_WORDS[m[1]!.toLowerCase()]!]);
  }
  const [start, end] = clauseAround(quote, index);
  const out = new Set<string>();
  for (const m of quote.slice(start, end).matchAll(ORDINAL)) {
    const word = m[1]!.toLowerCase();
    // "the first two rounds", "the first three phases": steps 1 to N, each of them; "the last two rounds": steps unknown.
    const range = FIRST_OR_LAST_N.exec(m[0]);
    if (range) {
      const n = Number(CARDINAL_WORDS[range[2]!.toLowerCase()] ?? range[2]);
      if (range[1]!.toLowerCase() === 'first') for (let k = 1; k <= n; k++) out.add(String(k));
      continue;
    }
    out.add(ORDINAL_WORDS[word] ?? String(parseInt(word, 10)));
  }
  // "Round three of the talks", "phase 2": a step of a sequence named by its number after the noun.
  for (const m of quote.slice(start, end).matchAll(NUMBERED_STEP)) out.add(CARDINAL_WORDS[m[1]!.toLowerCase()] ?? String(parseInt(m[1]!, 10)));
  // "The second-to-last rotation flew home on Saturday; the last is due to leave in mid-May": an ordinal standing
  // for a step of a sequence the sentence names ("the last", "the final one") is that step.
  if (SEQUENCE_NOUN.test(quote)) {
    const m = ELLIPTICAL_ORDINAL.exec(quote.slice(start, end));
    if (m) out.add(ORDINAL_WORDS[m[1]!.toLowerCase()]!);
  }
  return out;
}

const REFERENCE_BEFORE = /\b(?:(?:the|this|that|these|those)\s+(?:[a-z-]+\s+)?|(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+)$/i;

/** "the airstrikes of 15 January", "the second round of 3 May": the cue, after "the" and two words at most, then "of" and the date. */
function namedByDate(mention: Mention): boolean {
  const { cue } = mention.classification;
  if (!cue) return false;
  const escaped = cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\bthe\\s+(?:[\\w-]+\\s+){0,2}?${escaped}\\s+of\\s+$`, 'i').test(mention.quote.slice(Math.max(0, mention.date.index - 80), mention.date.index));
}

function isReference(mention: Mention): boolean {
  const at = mention.quote.indexOf(mention.classification.cue);
  return at >= 0 && REFERENCE_BEFORE.test(mention.quote.slice(Math.max(0, at - 40), at));
}

function pairsOf(words: readonly string[]): Set<string> {
  return new Set(words.slice(1).map((w, i) => `${words[i]} ${w}`));
}

/**
 * Figures written in digits, 20 or more, that are no year ("in 2019"), no part of a code ("PP-11", "RN7") and no day of
 * another date the sentence names ("the airstrikes of 26 February", "on March 28"): two tellings that name one other
 * date share no figure of their own.
 */
function figuresOf(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w-]|[.,]\d)/g)) {
    const value = Number(m[1]!.replace(/,/g, ''));
    if (value < 20 || (!m[1]!.includes(',') && value >= 1900 && value <= 2100)) continue;
    if (value <= 31 && isDayOfMonth(text, m.index!, m.index! + m[0].length)) continue;
    out.push(value);
  }
  return out;
}

// Case-sensitive: a month is written with a capital ("some 25 may have died" names no day of May).
const MONTH = new RegExp(`^${MONTH_WORD}$`);

function isDayOfMonth(text: string, start: number, end: number): boolean {
  const after = /^\s+([A-Za-z]+)/.exec(text.slice(end))?.[1];
  const before = /([A-Za-z]+)\.?\s+$/.exec(text.slice(Math.max(0, start - 12), start))?.[1];
  return (after !== undefined && MONTH.test(after)) || (before !== undefined && MONTH.test(before));
}

/**
 * Whether two tellings give one figure: the same, or a round figure and one within 5 % of it ("about 300 trainers" /
 * "310 trainers", "about 1,800 at the peak" / "peaked at 1,760"): a figure is often told rounded.
 */
export function sameFigure(x: number, y: number): boolean {
  if (x === y) return true;
  return (x % 50 === 0 || y % 50 === 0) && Math.abs(x - y) <= 0.05 * Math.max(x, y);
}

function sharesFigure(a: MentionProfile, b: MentionProfile): boolean {
  return a.figures.some((x) => b.figures.some((y) => sameFigure(x, y)));
}

/**
 * Whether two figures may be two sources' counts of one thing: one figure (sameFigure), or, from 10 up, within a tenth
 * of the larger, or within 15 % when one is round ("about 150" / "some 170", "1,400" / "1,600"). Figures under 10 must
 * agree: "three rockets" and "two rockets" are not told loosely. The spec shows each source's figure rather than
 * picking one, so a close figure is no veto where kind, day and places agree.
 */
export function closeFigure(x: number, y: number): boolean {
  if (sameFigure(x, y)) return true;
  const [lo, hi] = x < y ? [x, y] : [y, x];
  if (lo < 10) return false;
  const round = (v: number) => v % (v >= 100 ? 50 : 10) === 0;
  return hi - lo <= (round(x) || round(y) ? 0.15 : 0.1) * hi;
}

/** Close figures (closeFigure) the two write, or close quantities of one count. */
function closeFigures(a: MentionProfile, b: MentionProfile): boolean {
  return a.figures.some((x) => b.figures.some((y) => closeFigure(x, y))) || closeCounts(a, b);
}

/** Quantities of one count ("23 killed" / "25 killed") whose figures are close (closeFigure). */
function closeCounts(a: MentionProfile, b: MentionProfile): boolean {
  for (const x of a.quantities) {
    const [vx, ...cx] = x.split(' ');
    for (const y of b.quantities) {
      const [vy, ...cy] = y.split(' ');
      if (cx.join(' ') === cy.join(' ') && closeFigure(Number(vx), Number(vy))) return true;
    }
  }
  return false;
}

/** How many members two sets share; a counting loop over the smaller, because merging calls this millions of times. */
export function shared<T>(a: Set<T>, b: Set<T>): number {
  if (a.size > b.size) [a, b] = [b, a];
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/**
 * Evidence that two mentions tell one development: the share of the shorter one's content words the other also
 * has (0–1), plus 0.25 for each shared word pair, 0.15 for each shared actor or place (two at most: a country
 * named in every article of a corpus says little), and 0.5 for each shared quantity. Then 0.25 more when one of two
 * attacks is named as already known ("followed the bombing of …", "that was blown up on …") and they share an actor
 * or place and name no different places. And 0.4 for two tellings of a round of talks that share something, both
 * dated to the month or better and naming no different places, when one is the round's plan ("are due to resume on
 * 18 March") and the other is not, or both are plans naming no different people. Talks are convened at a place, so
 * for talks a shared place counts 0.3; attacks recur at the same places, so for them it does not.
 */
export function evidence(a: MentionProfile, b: MentionProfile): number {
  if (!mayMerge(a, b)) return 0;
  // Two tellings of one day at different places share no development through the words that only name their kind
  // ("Peacekeepers deployed to the Vell Highlands" / "More soldiers arrived in Dorn": troop, deploy).
  const apart = a.precision === 'day' && b.precision === 'day' && placesDiffer(a, b) && !placeNamedByOther(a, b);
  const overlap = (shared(a.terms, b.terms) - (apart ? kindShared(a, b) : 0)) / Math.max(MIN_TERMS, Math.min(a.terms.size, b.terms.size));
  const pairs = shared(a.pairs, b.pairs) - (apart ? kindPairsShared(a, b) : 0);
  const places = shared(a.places, b.places) || (nestedPlace(a, b) ? 1 : 0);
  // One speaker's statements of one day are one statement: in the read gold no speaker makes two on a day (several
  // speakers often do). Different quoted words still keep two apart (mayMerge).
  const speaker = a.kind === 'statement' && b.kind === 'statement' && a.speakers && b.speakers && a.precision === 'day' && b.precision === 'day' && sameSpeaker(a.speakers, b.speakers) ? SAME_SPEAKER : 0;
  const actors = shared(a.actors, b.actors);
  // A speaker told two ways ("the Front" / "GHF", a spokeswoman / her movement) is also a name the two share.
  const names = Math.min(2, actors + (speaker && !actors ? 1 : 0) + places + crossNamed(a, b) + crossNamed(b, a) + otherwiseNamed(a, b) + otherwiseNamed(b, a));
  const venue = a.kind === 'talks' && b.kind === 'talks' ? 0.15 * Math.min(1, places) : 0;
  // A development named as already known, at a place or by an actor the other telling also names, is that one.
  // Attacks only: statements and talks of one day by the same people are often several ("the joint statement" and
  // a press conference).
  const pointer = a.kind === 'attack' && b.kind === 'attack' && (a.reference || b.reference) && names > 0 && !placesDiffer(a, b) ? 0.25 : 0;
  // The same place in a sequence ("the next-to-last rotation" / "the second-to-last rotation") backs shared words
  // up; alone it is no evidence (two mentions with nothing else in common still score 0).
  const ordinal = overlap > 0 ? 0.25 * shared(a.ordinals, b.ordinals) : 0;
  // A round of talks announced for a date and a round of talks at that date are one round unless something tells
  // them apart (different places, or steps of a sequence: mayMerge): rounds are set in advance. Both must name a
  // round (a noun, or meeting again, resuming) and share a word, actor, place or figure: with nothing in common two
  // mentions still score 0, as the merge index relies on.
  const sharesSomething = overlap > 0 || names > 0 || shared(a.quantities, b.quantities) > 0;
  // A round told only by its year ("talks in 2022") could be any of the year's rounds: no plan is matched to it.
  const dated = a.precision !== 'year' && b.precision !== 'year';
  // No closures here: merging calls this millions of times.
  // Two plans of a round for one date ("agreed to meet again on 21 May" / "a sixth round is scheduled for 21 May") are
  // one plan too, unless they name different people.
  const planned =
    a.kind === 'talks' && b.kind === 'talks' && (a.plan !== b.plan || (a.plan && !actorsDiffer(a, b))) && a.round && b.round && dated && !placesDiffer(a, b) ? PLANNED_ROUND : 0;
  // Two attacks by the same specific means (a drone, a roadside bomb, small-arms fire; not "an attack") at places that
  // do not differ: the means backs up what they share. Alone it is no evidence.
  const method = a.kind === 'attack' && b.kind === 'attack' && a.cameo === b.cameo && SPECIFIC_METHODS.has(a.cameo) && !placesDiffer(a, b) ? SAME_METHOD : 0;
  // Two withdrawals due by one day (a deadline set in advance: "the training mission would end by June 30" / "every
  // one of them will be home by 30 June") are one timetable unless their places or their actors differ (two forces may
  // have one deadline): a deadline to the day is seldom shared by two moves of one force. Both must be moves (not a
  // level), to the day, and share a word, name or figure.
  const deadline =
    a.kind === 'troops' && b.kind === 'troops' && a.deadline && b.deadline && a.cameo === '0874' && b.cameo === '0874' && a.precision === 'day' && b.precision === 'day' &&
    !placesDiffer(a, b) && !actorsDiffer(a, b)
      ? SAME_DEADLINE
      : 0;
  // These three count only when the two share something (a word, name or figure).
  const backed = planned + method + deadline;
  // One figure told in both, read as counting the same thing or not, exactly or rounded, backs up what they share.
  const quantities = shared(a.quantities, b.quantities);
  const figure = quantities === 0 && (overlap > 0 || names > 0) && sharesFigure(a, b) ? SAME_FIGURE : 0;
  const own = (sharesSomething ? backed : 0) + speaker + overlap + 0.25 * pairs + 0.15 * names + venue + pointer + ordinal + 0.5 * quantities + figure;
  // A telling that names nobody is also scored with the words of the sentence before it against another article's
  // telling; it keeps the better of the two readings, so the sentence before only ever adds.
  if ((!a.wide && !b.wide) || a.article === b.article) return own;
  const [ta, pa] = a.wide ? [a.wide.terms, a.wide.pairs] : [a.terms, a.pairs];
  const [tb, pb] = b.wide ? [b.wide.terms, b.wide.pairs] : [b.terms, b.pairs];
  const lentTerms = shared(ta, tb);
  const lent = lentTerms / Math.max(MIN_TERMS, Math.min(ta.size, tb.size)) + 0.25 * shared(pa, pb);
  // Read so, a word the sentence before lends also counts as something shared for the bonuses that need one ("They met
  // again on 16 February", after a sentence on talks in Sudra, is the round planned "in Sudra on Tuesday 16th February").
  const gated = !sharesSomething && lentTerms > 0 ? backed : 0;
  return Math.max(own, own - overlap - 0.25 * pairs + lent + gated);
}

/**
 * Whether two tellings of one kind dated to the same day may merge on less evidence (SAME_DAY_THRESHOLD): kind and day
 * agreeing to the day already narrow them down to few developments (the read gold sets hold few distinct ones of a kind
 * on one day, nearly all statements by different speakers). Never on the date alone: they must share a name, place,
 * figure, or a word of the development beyond those that only name its kind ("return", "opened", "depot"; not "talks",
 * "attack", "announced", a count or an attack's means); and nothing may tell them apart: different places (venues),
 * different speakers of statements, different figures of one count, a troop move due by the day and one told as done.
 */
export function agreeOnDay(a: MentionProfile, b: MentionProfile): boolean {
  if (a.precision !== 'day' || b.precision !== 'day' || a.kind !== b.kind) return false;
  if ((placesDiffer(a, b) && !placeNamedByOther(a, b)) || venuesDiffer(a, b)) return false;
  if (a.kind === 'statement' && a.speakers?.size && b.speakers?.size && !sameSpeaker(a.speakers, b.speakers)) return false;
  if (countsDiffer(a, b)) return false;
  // A move due by its day and one told as done are a plan and an act, which may differ.
  if (a.kind === 'troops' && a.deadline !== b.deadline) return false;
  if (shared(a.actors, b.actors) || crossNamed(a, b) || crossNamed(b, a) || otherwiseNamed(a, b) || otherwiseNamed(b, a)) return true;
  // Attacks recur at places: a place alone is no development two attacks of one day share.
  if (a.kind !== 'attack' && (shared(a.places, b.places) || nestedPlace(a, b))) return true;
  if (a.kind === 'statement' && a.speakers?.size && b.speakers?.size) return true;
  if (shared(a.quantities, b.quantities) || sharesFigure(a, b)) return true;
  // One place and close counts of one thing ("23 killed" / "some 25 died" in Orsk): two sources' tolls of one development.
  if ((shared(a.places, b.places) || nestedPlace(a, b)) && closeCounts(a, b)) return true;
  // One step of a sequence ("the third round" / "round three"): a development of its own, as a name is.
  if (shared(a.ordinals, b.ordinals)) return true;
  // A word the sentence before lends counts only against another article's telling, as in evidence().
  const lend = a.article !== b.article;
  const ta = (lend && a.wide?.terms) || a.terms;
  const tb = (lend && b.wide?.terms) || b.terms;
  const kindWords = KIND_WORDS[a.kind];
  // A word of two different names ("Sarvonia's army" / "a Sarvonian village") is no name they share.
  for (const t of ta) if (tb.has(t) && !kindWords.has(t) && !COUNT_WORDS.has(t) && !(a.nameWords.has(t) && b.nameWords.has(t))) return true;
  return false;
}

/**
 * A place one telling reads that the other has among its words without reading it as any name: "near Pask" (a place)
 * and "near the village of Pask" (a word). Two sets of places that differ as read are then no different places. (A
 * place the other reads as its actor, beside places of its own, is no misread place: "Corvel: …" with Dorn.) Every word
 * of the place, and, when the other reads places of its own, standing as a place there: "Kessel Heights" is not in "the
 * town of Dorva … near the heights above the river" (round 18b: two attacks had merged on the word "heights").
 */
function placeNamedByOther(a: MentionProfile, b: MentionProfile): boolean {
  return misreadIn(a.placeParts, b) || misreadIn(b.placeParts, a);
}

function misreadIn(placeParts: string[][], other: MentionProfile): boolean {
  const words = other.places.size ? other.placed : other.terms;
  return placeParts.some((place) => place.every((w) => words.has(w) && !other.nameWords.has(w)));
}

/** A capitalised word or run of them after a preposition of place: "of Pask", "near Upper Tarn" (not "near the heights"). */
const PLACED = /\b(?:in|near|at|outside|of|from|to|towards?)\s+(?:the\s+)?((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*)*)/g;

/**
 * A facility after a preposition of place and a determiner, with at most two words between: "outside the central market",
 * "near the football stadium", "at a mosque"; not "at the base of the ridge", a part of something else.
 */
const SITE = new RegExp(
  `\\b(?:at|near|outside|inside|in|on|by|beside|behind|opposite)\\s+(?:the|a|an|its|their|one)\\s+(?:[a-z][\\w'’-]*\\s+){0,2}?(${FACILITIES.replace(/ /g, '|')})s?\\b(?!\\s+of\\b)`,
  'gi',
);

/** Evidence two same-day tellings of one kind need when they agree on the day (agreeOnDay); MERGE_THRESHOLD otherwise. */
export const SAME_DAY_THRESHOLD = 0.3;

/** The means of an attack, as news English names them. */
const MEANS_WORDS = contentWords('drone drones artillery shell shells shelling mortar mortars rocket rockets missile missiles bomb bombs gun guns gunfire fire grenade grenades sniper mine mines');

/** The words that only say which kind a telling is ("talks", "attack", "troops", "announced"): no development's own. */
const KIND_WORDS: Record<MentionProfile['kind'], Set<string>> = Object.fromEntries(
  (Object.keys(SYNONYMS) as MentionProfile['kind'][]).map((kind) => [
    kind,
    // An attack's means is already its evidence when two attacks share it (SAME_METHOD): a day's artillery duel is two
    // attacks by one means.
    new Set([...Object.values(SYNONYMS[kind]), 'troop', ...(kind === 'attack' ? MEANS_WORDS : [])]),
  ]),
) as Record<MentionProfile['kind'], Set<string>>;

/** Whether a content word (as terms() gives it) only says which kind a development is: "attack", "talks", "troops". */
export function onlyNamesKind(word: string, kind: MentionProfile['kind']): boolean {
  return KIND_WORDS[kind].has(canonicalWord(word, kind));
}

/** Counts and steps ("two", "dozens", "second") are no words of a development. */
const COUNT_WORDS = new Set(
  contentWords('one two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds thousand thousands several many first second third'),
);

/** Two figures of one count ("three killed" / "five killed", "300 troops" / "450 troops"), none in common. */
function countsDiffer(a: MentionProfile, b: MentionProfile): boolean {
  for (const x of a.quantities) {
    const [vx, ...cx] = x.split(' ');
    for (const y of b.quantities) {
      const [vy, ...cy] = y.split(' ');
      if (cx.join(' ') === cy.join(' ') && !closeFigure(Number(vx), Number(vy)) && !b.quantities.has(x) && !a.quantities.has(y)) return true;
    }
  }
  return false;
}

/**
 * Names one telling read as an actor and the other as a place: "Dunmere: two drones strike the refinery" makes the
 * town its subject, "the refinery at Dunmere was hit" its place. A name is a name whichever role the sentence gave
 * it; counted once, only when the other telling has not named it in that role too, and only from a telling that names
 * no place at all (one that names places read its places; "Tilou in February, Bensa in March, and the site at Ouro-Fali"
 * is a list of sites, not a town doing something).
 */
function crossNamed(a: MentionProfile, b: MentionProfile): number {
  if (a.places.size) return 0;
  let n = 0;
  for (const actor of a.actors) if (!b.actors.has(actor) && b.placeKeys.has(actor) && !a.placeKeys.has(actor)) n++;
  return n;
}

/**
 * The share of words is taken of three words at least: "A further round of talks is planned" has two content words,
 * and its one word in common with any telling of talks ("talks") is no half of the evidence.
 */
const MIN_TERMS = 3;

/**
 * Words both tellings share that only name their kind ("troop", "deploy"; KIND_WORDS) or the sort of place ("base",
 * "camp", "port"): at two different places, nothing of one development.
 */
function kindShared(a: MentionProfile, b: MentionProfile): number {
  let n = 0;
  for (const t of a.terms) if (b.terms.has(t) && onlyKindOrSort(t, a.kind)) n++;
  return n;
}

/** Word pairs both share made of such words alone ("troop deploy", "handover base"). */
function kindPairsShared(a: MentionProfile, b: MentionProfile): number {
  let n = 0;
  for (const pair of a.pairs) {
    if (!b.pairs.has(pair)) continue;
    const space = pair.indexOf(' ');
    if (onlyKindOrSort(pair.slice(0, space), a.kind) && onlyKindOrSort(pair.slice(space + 1), a.kind)) n++;
  }
  return n;
}

function onlyKindOrSort(term: string, kind: MentionProfile['kind']): boolean {
  return KIND_WORDS[kind].has(term) || term === 'base' || GENERIC_PLACE_WORDS.has(term);
}

/** Evidence from one figure both tellings write, not read as the same quantity (see evidence()). */
export const SAME_FIGURE = 0.25;

/** Evidence that two statements of one day by one speaker are one (see evidence()). */
export const SAME_SPEAKER = 0.25;

/** Evidence that two withdrawals due by one day are one (see evidence()). */
export const SAME_DEADLINE = 0.3;

/** Evidence that two attacks by the same specific means are one (see evidence()). */
export const SAME_METHOD = 0.15;
/** CAMEO codes of attacks that name their means: aerial, artillery, small arms, suicide, car and roadside bombs,
 * assassination, abduction (not "an attack", 190, nor any bombing, 183). */
const SPECIFIC_METHODS = new Set(['195', '194', '193', '1831', '1832', '1833', '186', '185', '181']);

/**
 * Whether two tellings of one kind may be one development by their means: attacks told by two different specific
 * means ("the airstrikes of 15 January" / "a roadside bomb") are two; one told by no specific means fits either.
 */
export function meansAgree(a: MentionProfile, b: MentionProfile): boolean {
  if (a.kind !== 'attack' || b.kind !== 'attack') return true;
  return a.cameo === b.cameo || !SPECIFIC_METHODS.has(a.cameo) || !SPECIFIC_METHODS.has(b.cameo);
}

/** "this time at the docks", "this time in the north": a place set against the last one's. */
const ELSEWHERE = /\bthis\s+time,?\s+(?:at|in|near|outside|inside|on|off)\s/i;

/**
 * Means of delivery that exclude each other, by CAMEO code, with the words that name each: artillery, rockets and
 * mortars (194); aircraft, drones and missiles (195); a suicide, car or roadside bomb (1831-1833). Small-arms fire
 * (193) often comes with any of them in one clash, and assassination or abduction say no means: neither is here.
 */
const EXCLUSIVE_MEANS: Record<string, Set<string>> = {
  '194': new Set(contentWords('artillery shell shells shelling shelled rocket rockets mortar mortars howitzer howitzers katyusha katyushas barrage')),
  '195': new Set(contentWords('air aircraft airstrike airstrikes jet jets warplane warplanes helicopter helicopters gunship gunships drone drones missile missiles bomber bombers plane planes')),
  '1831': new Set(contentWords('suicide bomber')),
  '1832': new Set(contentWords('car truck vehicle')),
  '1833': new Set(contentWords('roadside ied ieds improvised')),
};

/**
 * Within attacks from the air, drones and manned aircraft (jets, warplanes, helicopters) are two means of delivery: a
 * day's drone strike and air raid on one place are two attacks unless one telling names both. "Airstrike" names neither.
 */
const DRONES = new Set(contentWords('drone drones uav uavs').map((w) => canonicalWord(w, 'attack')));
const CRAFT = new Set(contentWords(MANNED_AIRCRAFT.replaceAll('|', ' ')).map((w) => canonicalWord(w, 'attack')));

/** Which air means a telling names: drones, manned craft, both or neither. */
function airMeans(p: MentionProfile): { drone: boolean; craft: boolean } {
  let drone = false;
  let craft = false;
  for (const t of p.terms) {
    if (DRONES.has(t)) drone = true;
    else if (CRAFT.has(t)) craft = true;
  }
  return { drone, craft };
}

/** Two attacks by different exclusive means, and neither names a word of the other's. */
function exclusiveMeansDiffer(a: MentionProfile, b: MentionProfile): boolean {
  if (a.cameo === AIR_ATTACK && b.cameo === AIR_ATTACK) {
    const [x, y] = [airMeans(a), airMeans(b)];
    return (x.drone && !x.craft && y.craft && !y.drone) || (y.drone && !y.craft && x.craft && !x.drone);
  }
  const ma = EXCLUSIVE_MEANS[a.cameo];
  const mb = EXCLUSIVE_MEANS[b.cameo];
  if (!ma || !mb || a.cameo === b.cameo) return false;
  for (const t of a.terms) if (mb.has(t)) return false;
  for (const t of b.terms) if (ma.has(t)) return false;
  return true;
}

/** A statement's speaker told with an office they hold (speakers.ts, speaker-roles.ts). */
function holdsOffice(speakers: SpeakerKeys | undefined): boolean {
  if (speakers) for (const k of speakers) if (k.startsWith('office:')) return true;
  return false;
}

/**
 * Whether two attacks share their means or a word of their own: one specific means (a word of MEANS_WORDS both name,
 * or one CAMEO code of a means), or a word that says more than the kind ("strikes" and "struck" share only that).
 */
export function sharesMeansOrWord(a: MentionProfile, b: MentionProfile): boolean {
  if (a.cameo === b.cameo && SPECIFIC_METHODS.has(a.cameo)) return true;
  for (const t of a.terms) if (b.terms.has(t) && (MEANS_WORDS.includes(t) || (!onlyNamesKind(t, a.kind) && !COUNT_WORDS.has(t)))) return true;
  return false;
}

/** Evidence that a round planned for a date and a round held at it are one (see evidence()). */
export const PLANNED_ROUND = 0.4;

/**
 * Talks at two different venues: both name places, and no distinctive word of a place of either is a word of the
 * other ("Camp Rell" and "Rell" are one venue, and so are "the Palais in Selm" and a telling that names Selm
 * without it being read as a place); words that many places share ("port", "camp", "north") do not count.
 */
function venuesDiffer(a: MentionProfile, b: MentionProfile): boolean {
  if (!a.placeWords.size || !b.placeWords.size) return false;
  // A building and a town are no two venues: "at Hill Palace" lies in some town, perhaps the other telling's.
  if ((a.venueScale === 'building' && b.venueScale === 'area') || (a.venueScale === 'area' && b.venueScale === 'building')) return false;
  return shared(a.placeWords, b.placeWords) === 0 && shared(a.placeWords, b.terms) === 0 && shared(b.placeWords, a.terms) === 0;
}

/**
 * Words that make a name a building, at its head or its start: "Hill Palace", "Rowan House", "Palazzo Ferrant", "Hotel
 * Bristol". Talks sit in a building within a town; a building is never the town another telling names.
 */
const BUILDING = /^(?:palazzo|palais|palace|villa|hotel|chateau|château|castle|schloss)\s|\s(?:palace|palais|house|hall|hotel|lodge|villa|manor|mansion|residence|castle|chateau|château|embassy|ministry|chancellery|centre|center|building|tower|abbey|pavilion|rooms?)$/i;

function venueScale(places: readonly string[]): 'building' | 'area' | 'both' {
  const buildings = places.filter((p) => BUILDING.test(p.trim())).length;
  return buildings === places.length ? 'building' : buildings === 0 ? 'area' : 'both';
}

/** Attacks at two facilities: both name one, and neither names the other's (the stadium's bomb "near the market" is one). */
function sitesDiffer(a: MentionProfile, b: MentionProfile): boolean {
  return a.sites.size > 0 && b.sites.size > 0 && shared(a.sites, b.terms) === 0 && shared(b.sites, a.terms) === 0;
}

const GENERIC_PLACE_WORDS = new Set(
  contentWords('port camp bay city town village fort base airbase province district region valley island islands north south east west northern southern central upper lower new saint lake river mount point capital border crossing')
    .concat(['st', 'san']),
);

/** Both name some and none in common: two different people, places or figures. */
export function disjoint<T>(a: Set<T>, b: Set<T>): boolean {
  return a.size > 0 && b.size > 0 && shared(a, b) === 0;
}

function actorsDiffer(a: MentionProfile, b: MentionProfile): boolean {
  return disjoint(a.actors, b.actors) && !otherwiseNamed(a, b) && !otherwiseNamed(b, a);
}

/**
 * Actors of `a` that `b` names another way, not under the same key:
 * - by initials `b` writes without reading them as a name: "the Basin Security Force" (keyed "bsf") and "The BSF
 *   commander, Brigadier Varga, said …", which reads Varga as its actor;
 * - as the body one of whose organs `a` names: "the Union Council decided" and "the Union decided", "the Assembly
 *   Committee" and "the Assembly" (an organ's name is its body's name and one head word after it; its acts are told
 *   as the body's).
 * Counted once per actor; never a name both already share.
 */
function otherwiseNamed(a: MentionProfile, b: MentionProfile): number {
  let n = 0;
  for (const actor of a.actors) {
    if (b.actors.has(actor)) continue;
    if (b.initials.has(actor)) {
      n++;
      continue;
    }
    const space = actor.lastIndexOf(' ');
    if (space > 0 && BODY_OR_GENERIC_HEAD.has(actor.slice(space + 1)) && b.actors.has(actor.slice(0, space)) && !a.actors.has(actor.slice(0, space))) n++;
  }
  return n;
}

/**
 * The sentence before `a` names a place of `b`'s: "Harlow Point, 30 January." … "Firefighters damp down the depot at Fort
 * Lisle": the area `a`'s site lies in, as its article tells it.
 */
function areaBefore(a: MentionProfile, b: MentionProfile): boolean {
  for (const w of b.placeWords) if (a.context.terms.has(w) && !GENERIC_PLACE_WORDS.has(w)) return true;
  return false;
}

function placesDiffer(a: MentionProfile, b: MentionProfile): boolean {
  return disjoint(a.places, b.places) && !nestedPlace(a, b);
}

/**
 * One telling's place named within the other's: "Brannock" and "the Brannock Highlands", "Rell" and "Camp Rell". Every
 * word of the shorter name is a word of the longer, and one of them says more than "north" or "camp" does; "North
 * Kivu" and "South Kivu" are not nested. A place within a place is no different place.
 */
function nestedPlace(a: MentionProfile, b: MentionProfile): boolean {
  if (!a.placeNames.length || !b.placeNames.length) return false;
  for (const x of a.placeNames) {
    for (const y of b.placeNames) {
      const [short, long] = x.length <= y.length ? [x, y] : [y, x];
      if (short.every((w) => long.includes(w)) && short.some((w) => {
        const word = contentWords(w)[0];
        return word !== undefined && !GENERIC_PLACE_WORDS.has(word);
      })) return true;
    }
  }
  return false;
}

/** A deployment (154) against a withdrawal (0874). */
function opposite(x: string, y: string): boolean {
  return (x === '154' && y === '0874') || (x === '0874' && y === '154');
}

/** Troop developments of different sorts: a level (how many are there), a handover of bases, a move. */
function troopSort(cameo: string): string {
  return cameo === '150' ? 'level' : cameo === '087' ? 'handover' : 'move';
}

/**
 * Whether two mentions may tell one development at all, whatever their evidence: false when
 * - they name different places in a sequence in their own clauses ("the second round" / "the third round",
 *   "the next-to-last rotation" / "the final rotation"): a sequence's steps are different developments;
 * - both are statements quoting words and their quotations share no content word: one speaker's two sayings;
 * - both are troops, one a level (a count of who is there), the other a handover or a move, and they share no
 *   figure: "there are now 850" and "handed the camp over" of one day are two developments;
 * - both are troops, one a deployment and the other a withdrawal, sharing no figure: an arrival and a departure;
 * - both are talks naming places, none in common: talks are convened at a place, so two venues are two rounds;
 * - both are attacks naming places with no word in common and sharing no toll, unless the sentence before one names
 *   the other's place (its area) and they count no different tolls;
 * - both are talks, one a telephone call (041) and the other not: a call is not a meeting.
 * Symmetric and a function of the two mentions only, so merging stays order-independent.
 */
/**
 * Two same-day troop tellings at one place (or naming one actor), naming no different places, that give close figures
 * ("a company of about 150 … due at Camp Rell" / "a convoy bringing some 170 soldiers to Camp Rell"): the figures are two
 * sources' counts of one development, which licenses what one shared figure licenses (mayMerge).
 */
function closeLicence(a: MentionProfile, b: MentionProfile): boolean {
  return a.precision === 'day' && b.precision === 'day' && !placesDiffer(a, b) && (shared(a.places, b.places) > 0 || nestedPlace(a, b) || shared(a.actors, b.actors) > 0) && closeFigures(a, b);
}

export function mayMerge(a: MentionProfile, b: MentionProfile): boolean {
  if (a.ordinals.size && b.ordinals.size && shared(a.ordinals, b.ordinals) === 0) return false;
  if (a.kind === 'statement' && b.kind === 'statement' && a.quoted.size && b.quoted.size && shared(a.quoted, b.quoted) === 0) return false;
  // Two speakers each told with their office, no key in common, are two: "The President of Vessia said" and "Nora
  // Falk, President of Vessia's Supreme Court, told reporters" on one day, whatever words they share.
  if (a.kind === 'statement' && b.kind === 'statement' && holdsOffice(a.speakers) && holdsOffice(b.speakers) && !sameSpeaker(a.speakers!, b.speakers!)) return false;
  if (a.kind === 'troops' && b.kind === 'troops' && troopSort(a.cameo) !== troopSort(b.cameo) && shared(a.quantities, b.quantities) === 0 && !sharesFigure(a, b) && !closeLicence(a, b)) {
    return !(troopSort(a.cameo) === 'level' || troopSort(b.cameo) === 'level');
  }
  // An arrival and a departure are two moves: "the first soldiers land" is not "the final contingent flew home".
  if (a.kind === 'troops' && b.kind === 'troops' && opposite(a.cameo, b.cameo) && shared(a.quantities, b.quantities) === 0 && !sharesFigure(a, b)) return false;
  // Talks are convened at a place: tellings naming different venues, none in common, are different rounds; unless both
  // quote the same words of the outcome ("agreed to "expedite disengagement"" … at Gorsha Lake, where troops had fought;
  // met in Veyra and told their generals to "expedite disengagement""): a place a sentence names is not always where the
  // talks sat, and two rounds do not end in the same quoted words.
  if (a.kind === 'talks' && b.kind === 'talks' && venuesDiffer(a, b) && shared(a.quoted, b.quoted) < 2) return false;
  // Two attacks at different places are two ("rockets were fired at a camp outside one town" / "at the airport in
  // another", the same night), however much of their wording they share. A site is told within its town when one sentence
  // names both ("Camp Tarrow outside Dunmore": no different places then), or when the sentence before names the town
  // (a caption "Harlow Point, 30 January." over "the depot at Fort Lisle"); even so, tolls that differ keep them apart.
  // One toll told in both ("four soldiers killed" near a junction / on the road beside it) is one attack at two names.
  if (a.kind === 'attack' && b.kind === 'attack' && venuesDiffer(a, b) && shared(a.quantities, b.quantities) === 0) {
    if (a.quantities.size && b.quantities.size) return false;
    if (!areaBefore(a, b) && !areaBefore(b, a)) return false;
  }
  // Two sites within one town, each telling naming its own ("outside the central market in Varlo" / "near the football
  // stadium in Varlo") with tolls that differ, are two attacks: the town they share does not make the sites one. Different
  // tolls alone do not split (sources often count one attack differently), nor do different sites with one toll.
  if (a.kind === 'attack' && b.kind === 'attack' && sitesDiffer(a, b) && a.quantities.size && b.quantities.size && shared(a.quantities, b.quantities) === 0 && !sharesFigure(a, b)) return false;
  // Shelled by artillery and struck by aircraft are two attacks, however alike the rest: a day's tellings by different
  // means of delivery, neither naming the other's (a helicopter's rockets name both), are two developments.
  if (a.kind === 'attack' && b.kind === 'attack' && exclusiveMeansDiffer(a, b)) return false;
  // A telephone call is not a meeting or a round: "spoke by telephone with the mediator" on the day the round opened.
  if (a.kind === 'talks' && b.kind === 'talks' && (a.cameo === '041') !== (b.cameo === '041')) return false;
  return true;
}

/**
 * Evidence from a vaguer mention's preceding sentence ("The first round of strategic dialogue … . The third
 * installment concluded earlier this month"): the same measure on its words, counted at half weight, against other
 * articles' tellings only. Used only when a vaguer mention joins a finer cluster, where kind and date already agree.
 */
export function contextEvidence(vague: MentionProfile, other: MentionProfile): number {
  // Against its own article the sentence before is no other telling: it is often the very telling it would be
  // scored against, the one the sentence follows ("… postponed the fourth round." / "Its spokesman told me last week …").
  if (vague.article === other.article || !mayMerge(vague, other)) return 0;
  const { terms: t, pairs: p } = vague.context;
  if (!t.size) return 0;
  const overlap = shared(t, other.terms) / (Math.min(t.size, other.terms.size) || 1);
  return 0.5 * (overlap + 0.25 * shared(p, other.pairs));
}
