// Cue vocabulary: the words that tell which kind of development a sentence reports, each with its nearest CAMEO
// event code. In the spirit of the CAMEO verb dictionaries and ACLED's event definitions, kept to general news
// English: no names, places or phrases peculiar to one story.
//
// CAMEO codes used (CAMEO 1.1b3):
//   talks      040 Consult · 041 Discuss by telephone · 042 Make a visit (also travelling, arriving) ·
//              043 Host a visit · 045 Mediate · 046 Engage in negotiation (also parties agreeing, reaching a deal) ·
//              057 Sign formal agreement (signing a ceasefire, treaty, deal)
//              (044 "Meet at a third location" is not used: a sentence rarely says whose ground a meeting is on.)
//   statement  010 Make statement · 012 Make pessimistic comment · 013 Make optimistic comment ·
//              015 Acknowledge or claim responsibility · 016 Deny responsibility · 018 Make empathetic comment ·
//              020 Appeal · 030 Express intent to cooperate · 051 Praise or endorse · 100 Demand ·
//              111 Criticize or denounce · 112 Accuse · 120 Reject · 130 Threaten
//              (refined by the classifier: threats/warnings/vows of attack → 138 Threaten to use military force,
//              pledges to withdraw → 0356 Express intent to de-escalate, demands to withdraw → 106 Demand withdrawal)
//   attack     181 Abduct, hijack, or take hostage · 183 Conduct suicide, car, or other non-military bombing
//              (1831 suicide, 1832 car, 1833 roadside/IED) · 185 Attempt to assassinate · 186 Assassinate ·
//              190 Use conventional military force · 193 Fight with small arms and light weapons ·
//              192 Occupy territory (capturing, seizing ground) · 194 Fight with artillery and tanks (rockets,
//              mortars, shelling) · 195 Employ aerial weapons (air strikes, drones, missiles) · 196 Violate ceasefire
//   troops     0873 Demobilize armed forces · 0874 Retreat or surrender militarily (withdrawals, drawdowns) ·
//              087 De-escalate military engagement (handing over bases) · 150 Demonstrate military power
//              (troop numbers, stationing: CAMEO has no "maintain presence" code; 150 is the nearest) ·
//              154 Mobilize or increase armed forces (deployments, recruits, expansion)
//
// Pattern syntax (`words`): slots separated by spaces; a slot is alternatives joined by `|`, each matching a
// token's lower-case form or its lemma ("attack" matches "attacks", "attacked"). `…` skips up to three tokens
// (and one comma straight after the previous word: "the ceasefire, signed"). `@troops` stands for TROOP_WORDS
// and `@num` for any number that is not a day of the month. A hyphen written without spaces ("air-strike") is
// skipped between slots, so "air strike" also matches it.

import type { EventType } from '../types.js';
import { NOKIND_CUES } from './nokind-cues.js';

export interface Cue {
  words: string;
  kind: EventType;
  cameo: string;
  /** Restrict the first slot: 'verb' needs a VERB tag, 'noun' anything else. */
  pos?: 'verb' | 'noun';
  /**
   * A condition the classifier checks (see classify-sentence.ts):
   * - 'speaker'  a reporting verb needs a speaker that is not an anonymous source ("police", "officials", "it");
   * - 'troops'   a troop word (or "presence"/"mission") is the object or subject next to the cue;
   * - 'bases'    bases, control or security responsibility are what is handed over (or, for "pass to", the subject);
   * - 'garrison' a military base is what is left: "left the airbase", "left Camp Orla" (not "left the camp");
   * - 'parties'  two parties agree ("X and Y agreed", "the two sides agreed", "agreed with X"): one party
   *              agreeing to do something is a decision, told by what it agreed to;
   * - 'talks'    talks, negotiations or a dialogue are the subject, further back in the clause ("Talks on the
   *              fishing quota broke down"): a car breaking down is no talks;
   * - 'table'    parties as for 'parties', or a quoted "we" ("“When we sat down in Oslo …”");
   * - 'ellipsis' the subject is an elliptical noun phrase ("the last", "the rest", "the remaining ones") and troops
   *              are named earlier in the sentence or in the sentence before: "The second-to-last rotation flew home
   *              on Saturday; the last is due to leave in mid-May";
   * - 'verbal'   a word the tagger reads as a noun is used as the clause's verb: lower case, after a subject (a
   *              noun, name or pronoun, not after a determiner, adjective or number) and before its object (a
   *              determiner, name, noun or a figure; adverbs such as "now" may stand between): "Rebels shell the
   *              port", "It now numbers about 800" (and the cue then counts as a verb).
   * - 'guest'    what is hosted is a visitor who negotiates (VISITORS), a name, or talks, a summit, a meeting, a
   *              round: the first noun after the verb, or talks named just before a passive ("the talks, hosted by").
   * - 'troopSubject' the clause's subject holds a troop word, back over a participle phrase, a parenthesis or an
   *              apposition ("The last 620 soldiers serving with the mission flew out", "The soldiers, some 650 of them,
   *              fly home"), not inside a relative clause (", who visited the troops,");
   * - 'struckDeal' / 'struckNoDeal' a deal word is (is not) what was struck, named just before in the clause
   *              ("a buffer-zone deal the commanders had struck"): reaching a deal, not an attack;
   * - 'naming'   a speaker as for 'speaker' characterises something in words of their own: a quotation or "as"
   *              follows within six tokens, before any other verb ("called the bombing "an attack on the talks"",
   *              "described the vote as a betrayal"); "called up 500 reservists" is no saying.
   * - 'round'    a counted round is of talks: not "of" something else ("a new round of shelling"), not after a noun
   *              ("mortar round"), not followed by a noun it modifies ("the final round table" is fine, "the last
   *              round trip" is not).
   * - 'missionEnds' the ending word is a verb (tagged so, or after a modal or "to": "would close the mission", where
   *              the tagger reads an adjective), and a body before it is its subject, with only auxiliaries, modals
   *              and adverbs between ("the mission would end", "the deployment is due to close"), not a noun phrase
   *              ("the mission's end").
   * - 'craftNamed' a craft shot at (drone, aircraft, helicopter, missile, rocket …) is named in the sentence or the
   *              one before, or a force is ("gunners"): "brought two down" counts craft, not people rescued.
   * - 'forceStands' as 'troopFigure', and the clause before the verb names no toll, count, price or rate ("the death
   *              toll among the guards stands at 40");
   * - 'troopFigure' the figure stands alone (no noun after it but "of us", "of them"), only adverbs and "about",
   *              "some", "nearly" … stand before it, and the sentence names troops elsewhere (a troop noun, or a count
   *              of a demonym plural): the figure counts those troops.
   * - 'impact'   what lands, falls or hits is a munition: not a setback or a deal after the verb ("the round fell
   *              apart", "hit a snag", "struck a deal"). Round 15.
   * - 'armedStrike' a strike that is no stoppage of work: not one called, staged, held or declared ("unions have
   *              called a one-day strike for Tuesday"), as a stoppage is none of our kinds. Round 15.
   * - 'forceRecipient' what is handed goes "to" a security force: "to" and a noun phrase ending in an army, navy,
   *              police, coastguard or force word, in the verb's clause ("handed the inner lane to the Ardish
   *              coastguard"), not "handed the letter to the ambassador".
   * - 'unitCarried' what the verb's "in" or "out" carries is a unit of a force: "flew in a reinforcement company",
   *              "airlifted out the field hospital" (a troop word, a unit an arm makes military, or their staff). Round 17.
   * - 'passivePutOff' talks put off in the passive ("was put back a week by the minister"): a form of "be" before the
   *              verb, talks in the clause's subject, and an agent after "by" that is no span of time ("by a week"). Round 17.
   * - 'walkout'  as 'speaker', talks (TALKS_SUBJECTS, "table") are named in the sentence or the one before, and the
   *              subject is no workforce ("workers", "staff", "nurses"): a party leaving talks, not a strike. Round 18c.
   * - 'envoyMeets' the subject right before the verb is a visitor as for 'visitor', and the first noun after the
   *              cue (over determiners, adjectives and names) is a person who negotiates (VISITORS), not owning
   *              something ("the president's speech"). Round 18c.
   * - 'armedSubject' the subject holds troops, or an armed body or its weapons and craft ("the army", "jets",
   *                "artillery"): what pounds a place is then a force, not rain or a fist (round 20).
   * - 'elidedRound' the subject is an ordinal standing alone after "the" or "a" ("The fourth, which opened", "a third
   *              was held"), over auxiliaries and a relative pronoun, and rounds or talks are named earlier in the
   *              sentence or in the one before. Round 18c.
   * - 'visitor'  the subject right before the verb (over auxiliaries, adverbs, "expected", "due") is a name or a
   *              person who negotiates (VISITORS): "Renn will return to Osk in July", "the envoy is expected back in
   *              Osk"; not "calm returned to the city", "refugees returned".
   */
  needs?: 'speaker' | 'troops' | 'bases' | 'garrison' | 'parties' | 'talks' | 'table' | 'verbal' | 'ellipsis' | 'guest' | 'round' | 'naming' | 'struckDeal' | 'struckNoDeal' | 'troopSubject' | 'missionEnds' | 'troopFigure' | 'forceRecipient' | 'visitor' | 'impact' | 'armedStrike' | 'unitCarried' | 'passivePutOff' | 'forceStands' | 'craftNamed' | 'walkout' | 'envoyMeets' | 'elidedRound' | 'armedSubject';
  /** Cancel the cue when one of these words follows within three tokens ("strike a deal", "forces come under"). */
  unless?: string;
  /** The gap in `words` may only skip modifiers (adjectives, names, nouns): "2,500 US troops", not "14 June to
   * discuss troop deployments". */
  tight?: true;
  /** Cancel the cue when one of these words comes right before it ("hunger strike", "Mobilization Forces"). */
  unlessBefore?: string;
  /** Cancel the cue when one of these words comes right after it ("troops left in place"). */
  unlessNext?: string;
}

/** Nouns for armed personnel; also what `needs: 'troops'` looks for ("blue helmets" too). An artillery or air-defence
 * battery is a unit as a battalion or a squadron is (round 13: "the first battery arrived at the port" was read as a
 * visit). A mission's unarmed
 * observers and monitors count too, and so do a navy's warships: their numbers, deployment and departure are a force's posture. (Not "ships" or
 * "aircraft" alone, which are as often a ferry or an airliner.) */
export const TROOP_WORDS =
  'troop|troops|force|forces|soldier|soldiers|personnel|servicemembers|servicemen|marines|recruits|contingent|' +
  'battalion|battalions|brigade|brigades|units|advisers|advisors|trainers|boots|military|garrison|garrisons|peacekeepers|' +
  'police|policemen|officers|guards|gendarmes|mercenaries|reservists|paratroopers|commandos|regiment|regiments|' +
  'squadron|squadrons|platoon|platoons|corps|division|divisions|rotation|observers|monitors|sailors|airmen|aircrew|' +
  'warship|warships|frigate|frigates|destroyer|destroyers|corvette|corvettes|submarine|submarines|gunboat|gunboats|' +
  'minesweeper|minesweepers|helmets|battery|batteries|' +
  // Arms of service counted as a force (round 14: "Calvera's 1,200 engineers and infantry went home"); not
  // "engineers", as often civilians repairing a pipe.
  'infantry|infantrymen|sappers|gunners|riflemen|troopers';

/** Aircraft: a state's fly with its force (find-cues' statesCraft). "machines" only where they fly ("the three
 * Varnish machines flew out"), as find-cues asks. */
export const AIRCRAFT_WORDS = 'aircraft|plane|planes|jet|jets|helicopter|helicopters|gunships|drones|machines';
/** Manned military aircraft, drones apart: what an air raid is flown by when tellings are compared (air-means.ts,
 * mention-evidence.ts). */
export const MANNED_AIRCRAFT = 'aircraft|plane|planes|jet|jets|helicopter|helicopters|gunship|gunships|warplane|warplanes|bomber|bombers';
/** Armed bodies as the subject of a verb of force or a pull-back: "the army pounded", "rebels pulled back from". */
export const ARMED_BODIES = 'army|armies|navy|militia|militias|rebels|insurgents|gunmen|guerrillas|fighters';

/** Facilities, as heads of a place ("Tahrir Market", "the central market"): a site, not an area (find-names reads them in
 * names; merging tells two attacks' sites apart by them). */
export const FACILITIES =
  'airport airbase base camp airfield port compound barracks garrison outpost refinery market station checkpoint hospital mosque school prison stadium harbour harbor';

/** Vehicles and craft: they travel, but a visit is a person's (no machine visits either). */
export const VEHICLES = `ship|ships|vessel|vessels|boat|boats|${AIRCRAFT_WORDS}|convoy|convoys|vehicle|vehicles|truck|trucks|lorry|lorries|flight|flights|train|trains`;

/** Services that tour places, things rather than visitors: "a mobile clinic will visit the camps". Round 16. */
export const TOURING_SERVICES = 'clinic|clinics|library|libraries|exhibition|exhibitions|van|vans|bus|buses|caravan|caravans|ambulance|ambulances|laboratory|laboratories|lab|labs|service|services|show|shows';

/** Date words that may own a round ("last month's round"). */
export const DATE_POSSESSORS =
  'week|month|year|weekend|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|' +
  'march|april|may|june|july|august|september|october|november|december';

/**
 * Who stops work: a workforce's walkout or strike is a stoppage, none of our kinds (find-cues' walkedOutOfTalks,
 * labour-strike.ts).
 */
export const WORKFORCE =
  'workers|staff|employees|nurses|doctors|teachers|lecturers|students|pupils|miners|dockers|dockworkers|drivers|' +
  'pilots|crews|porters|cleaners|farmers|truckers|journalists|unions|union|members|audience|fans|players|actors|' +
  'judges|jurors|lawmakers|deputies|mps|senators|councillors|legislators';

/** Verbs of saying whose subject speaks (lemmas): find-cues' saying frame, role-speaker.ts adds 'state' and 'confirm'. */
export const SAYING_LEMMAS: ReadonlySet<string> = new Set(['say', 'tell', 'declare', 'announce', 'warn', 'insist', 'add', 'note', 'stress', 'comment']);

/** People and bodies who visit to negotiate: what "received …" and "hosted …" take as a visit. */
/** Offices whose holder is a public figure, as a title before a name ("Prime Minister Ada Renn", "President Marr") or
 * as an owner ("the governor's wife"): kin-speaker.ts, press-voice.ts and nokind-conditions.ts read the one list. */
export const PUBLIC_OFFICES =
  'president|presidents|prime|foreign|minister|ministers|premier|chancellor|king|queen|prince|princess|emir|sheikh|' +
  'sultan|monarch|governor|mayor|senator|general|commander|leader|chief|ambassador|envoy|dictator|warlord|ayatollah|' +
  'imam|pope|patriarch|speaker|secretary-general';

export const VISITORS =
  'envoy|envoys|delegation|delegations|delegate|delegates|counterpart|counterparts|minister|ministers|president|' +
  'presidents|premier|ambassador|ambassadors|mediator|mediators|emissary|emissaries|negotiator|negotiators|' +
  'chancellor|secretary|leader|leaders|king|queen|prince';

/** Kin of someone, who speaks as a private person unless that someone is a name or an office (kin-speaker.ts). */
export const KINSHIP =
  'mum|mom|mother|father|dad|son|daughter|wife|husband|widow|widower|brother|sister|relative|cousin|uncle|aunt|' +
  'grandmother|grandfather|granny|grandson|granddaughter|fiancee|fiancée|fiance|fiancé';

/** Speakers that only attribute a report; their "said" is not a statement by a party. */
export const ANONYMOUS_SOURCES =
  'police|official|officials|source|sources|witness|witnesses|resident|residents|report|reports|media|medic|' +
  'medics|doctor|doctors|observer|observers|analyst|analysts|expert|experts|people|it|reporters|journalists|' +
  'broadcaster|broadcasters|newspaper|newspapers|agency|outlet|outlets|channel|channels|magazine|correspondent|correspondents|' +
  // Unnamed people counted as a crowd: "Traders in Kadori said", "Diplomats say".
  'traders|shopkeepers|merchants|vendors|villagers|locals|farmers|diplomats|survivors|relatives|families|passengers|workers|' +
  // (Round 15: more trades and crowds, in the spirit of ACLED's "civilians".)
  'fishermen|fishers|sailors|dockers|drivers|herders|shepherds|miners|students|teachers|nurses|parents|mothers|' +
  'neighbours|neighbors|onlookers|bystanders|protesters|demonstrators|mourners|worshippers|pilgrims|refugees|displaced|' +
  'inhabitants|citizens|civilians|commuters|customers|shoppers|' +

  // Unnamed people known only by a trade of forecasting or study: "Forecasters warn of a storm", "Security researchers
  // warned on Friday", "Economists said" (round 21, probes of our own; analysts and experts were already here).
  'forecasters|meteorologists|researchers|scientists|economists|academics|scholars|historians|commentators|pundits|pollsters|' +
  // One unnamed private person known by a kinship or a tie to someone: "One soldier's mum told the paper", "a
  // neighbour said" (round 19, holdout16: the gold counts no statement of an unnamed relative). Named in apposition
  // ("his mother, Anne Kell, said"), the name speaks; so does the kin of a name or an office ("the President's
  // brother", kin-speaker.ts).
  KINSHIP + '|girlfriend|boyfriend|friend|friends|neighbour|neighbor';

/**
 * What a news outlet prints: an earlier report, a caption, a timeline, an interview it ran. Unless a body outside the
 * outlet is named as its author ("a UN report", "the ministry's report", "a report by the ministry"), such a thing
 * dated "on 27 March" and saying or quoting is the outlet's own past text, as a corrections column cites it, and no
 * development (round 17). Not the words with other senses as common: table, column, item, map, page, piece, feature,
 * profile ("the negotiating table", "an armoured column"; round 17b).
 */
export const ARTEFACTS =
  'report|reports|story|stories|article|articles|caption|captions|headline|headlines|timeline|timelines|graphic|graphics|' +
  'interview|interviews|edition|editions|editorial|editorials|obituary|obituaries|chart|charts|photo|photos|photograph|' +
  'photographs|preview|previews|explainer|explainers|factbox|factboxes|podcast|podcasts|broadcast|broadcasts|bulletin|bulletins';

/** Words of team sport only: a sentence holding one tells a game's news (find-cues.ts, sportSentence). Not "match",
 * "club", "league", "season" or "cup", which war and politics use too, nor "striker" ("hunger strikers"); "derby" only
 * in lower case ("in Derby" is the town). Round 17, 17b. */
export const SPORT =
  'derby|derbies|fixture|fixtures|kick-off|kickoff|football|footballer|footballers|rugby|cricket|hockey|basketball|' +
  'volleyball|handball|goalkeeper|goalkeepers|midfielder|midfielders|referee|referees|playoff|playoffs|' +
  'relegation|scoreline|half-time|halftime|semifinal|semi-final|quarterfinal|quarter-final';

/** One private person known only by a trade or a plight: "A teacher told pupils", "the guide told visitors"; named
 * in apposition ("Ansel Roy, a fisherman, said") they speak (round 15). Round 21, probes of our own. */
export const SINGLE_TRADES =
  'teacher|guide|nurse|driver|farmer|trader|shopkeeper|villager|fisherman|student|pupil|passenger|neighbour|neighbor|' +
  'survivor|shepherd|herder|vendor|merchant|commuter|shopper|customer|pilgrim|mourner|protester|demonstrator|bystander|onlooker';

export const CUES: readonly Cue[] = [
  // ── talks ──────────────────────────────────────────────────────────────────────────────────────────────
  // A phone as a thing is no call: "Phone numbers for the hotline were published", "phone lines were cut".
  {
    words: 'phone|telephone|phoned|telephoned',
    kind: 'talks',
    cameo: '041',
    unless: 'number|numbers|line|lines|book|directory|bill|bills|record|records|network|networks|signal|signals|company|companies|operator|operators|app|apps|charger|chargers|camera|cameras|footage|service|services|hotline|mast|masts|coverage|credit|data',
  },
  { words: 'call with', kind: 'talks', cameo: '041', pos: 'noun' },
  { words: 'speak|talk by phone|telephone', kind: 'talks', cameo: '041', pos: 'verb' },
  { words: 'speak|talk with', kind: 'talks', cameo: '040', pos: 'verb' },
  {
    words: 'speak|talk to',
    kind: 'talks',
    cameo: '040',
    pos: 'verb',
    // Nor a newspaper or a station by its name: "spoke to the Dalmora Review", "talked to the Morning Post" (round 13).
    unless: 'reporters|journalists|press|media|newspaper|television|tv|broadcaster|crowd|supporters|nation|agency|review|times|post|herald|gazette|journal|tribune|chronicle|telegraph|courier|radio|magazine',
  },
  {
    words: 'meet',
    kind: 'talks',
    cameo: '040',
    pos: 'verb',
    unless: 'need|needs|demand|demands|requirement|requirements|deadline|target|targets|criteria|expectations|standard|standards|goal|goals|resistance|guidelines|rules|conditions|obligations|commitments',
  },
  { words: 'meeting|meetings', kind: 'talks', cameo: '040' },
  { words: 'sit|sat|sitting down with', kind: 'talks', cameo: '040' },
  // "Sorvik sat with Delauny in Port Ainsa for three hours": sitting with someone, a named party or a visitor.
  { words: 'sit|sat|sitting with', kind: 'talks', cameo: '040', pos: 'verb', needs: 'guest' },
  // A negotiator who "saw" a leader met them: "the envoy saw the prime minister in Osk on 24 February" ('envoyMeets':
  // a name or a negotiator as the subject, a leader or negotiator as the object, not a leader's "speech" or anything
  // they own). Round 18c.
  { words: 'see|sees|saw', kind: 'talks', cameo: '040', pos: 'verb', needs: 'envoyMeets' },
  // Appearing side by side meets (CAMEO 040): "stood beside President Ana Pell in Varn" ('guest': a name or a visitor
  // who negotiates, not "stood beside the coffin"). Round 16.
  // ('visitor': the one standing is a person or delegation; not the present "stands alongside" of solidarity.)
  { words: 'stood|standing beside|alongside', kind: 'talks', cameo: '040', pos: 'verb', needs: 'visitor' },
  // "Strand rang Delauny", "rang the envoy": a telephone call, to a person ('guest': not "rang the bell").
  { words: 'ring|rings|rang|ringing', kind: 'talks', cameo: '041', pos: 'verb', needs: 'guest' },
  // Without "with": when negotiators, the two sides or a quoted "we" sit down ("Negotiators finally sat down in
  // Geneva on 8 March", "“When we sat down in Oslo …”"); "protesters sat down in the road" is no talks.
  { words: 'sit|sat|sitting down', kind: 'talks', cameo: '040', needs: 'table' },
  { words: 'discuss|discussed|discussing|discussion|discussions', kind: 'talks', cameo: '040' },
  { words: 'consult|consulted|confer|conferred', kind: 'talks', cameo: '040', pos: 'verb' },
  { words: 'summit', kind: 'talks', cameo: '040' },
  // (Not a visit to the wounded or to a scene, with no party to meet: "visited the scene of the blast and said …" is what
  // was said there. A district or a market visited stays a visit, as rounds 10 and 14 have it. Round 15.)
  // (Nor a service that tours, a thing: "A mobile clinic will visit the villages from 9 May". Round 16.)
  {
    words: 'visit|visits|visited|visiting',
    kind: 'talks',
    cameo: '042',
    unless: 'wounded|injured|victims|bereaved|families|scene|hospital|hospitals|ward|wards|ruins|damage|graves|cemetery',
    // (Nor an inspection of a site by bidders or surveyors: "A site visit will take place on 6 May". Round 18.)
    unlessBefore: `${VEHICLES}|${TOURING_SERVICES}|it|site|sites`,
  },
  { words: 'trip', kind: 'talks', cameo: '042', pos: 'noun' },
  // Leaders shaking hands meet (CAMEO 040): "shook hands on the bridge on 2 May". Not a crowd's hands. Round 14.
  { words: 'shake|shakes|shook|shaking|shaken hands', kind: 'talks', cameo: '040', unless: 'supporters|crowd|crowds|voters|fans|well-wishers|residents|children|workers' },
  // Travelling "to see" a person is a visit (042), told by the purpose: "crossed the line to see the rebel leader",
  // "flew to Orlo to see Vance" ('guest': a name or a visitor who negotiates; not "to see the damage", "to see if").
  { words: 'to see', kind: 'talks', cameo: '042', needs: 'guest', unless: 'if|whether|how|what|why|that|whither' },
  {
    words: 'travel|travelled|traveled|travelling|traveling|arrive|arrived|arriving|fly|flew',
    kind: 'talks',
    cameo: '042',
    pos: 'verb',
    // Not a passive: "a drone was flown into the station" is no visit; nor does a vehicle visit ("ships and aircraft
    // arrived in 2014", "the convoy arrived"); nor a thing ("It arrived on 6 February", "it will arrive tomorrow":
    // a visitor is a person, never "it"; round 13).
    unlessBefore: `${TROOP_WORDS}|was|were|been|being|be|${VEHICLES}|it`,
    // Going home is no visit: "the last 600 or so flew home from the capital".
    unless: 'home',
  },
  // A person coming to a place visits it (042), as one travelling or arriving does: "Oddly came to Osk on 28 March".
  // Not what comes to power, an end, light, blows or a conclusion, nor a person coming to believe or see. Round 14.
  {
    words: 'come|comes|came|coming to',
    kind: 'talks',
    cameo: '042',
    pos: 'verb',
    // (Nor the writer: "I first came to Kellport in 2016".)
    unlessBefore: `${TROOP_WORDS}|was|were|been|being|be|${VEHICLES}|it|i|this|that|what|which|money|aid|help|news|word|rain|winter|spring|summer|autumn|peace|war|end|time|day|moment|turn`,
    // (Nor to the writer's own place, a memory, "She came to my school in January": find-cues' writersPlace. Round 18.)
    unless: 'power|end|halt|standstill|light|terms|blows|conclusion|rescue|aid|help|agreement|deal|understanding|life|head|nothing|believe|see|know|realise|realize|dominate|symbolise|symbolize|represent|mean|an|a|prominence|attention|grief|harm',
  },
  // A person or delegation "out there" with a force or at a scene has gone to see it: "Their minister was out there
  // last Monday and told the battalion …" ('visitor'; not "there are troops out there"). Round 18.
  { words: 'was|were out there', kind: 'talks', cameo: '042', needs: 'visitor' },
  // Going to a named place or person is a visit too: "went to Camp Orla on 31 March and told her soldiers …" ('guest':
  // a name, a visitor or talks after it; not "went to war", "went to the polls", "went to court"). Round 16.
  {
    words: 'go|goes|went|gone to',
    kind: 'talks',
    cameo: '042',
    pos: 'verb',
    // The one going is a person or delegation ('visitor'): not "the prize went to Mira Dov", "the shipment went to Orla".
    needs: 'visitor',
    unlessBefore: `${TROOP_WORDS}|was|were|been|being|be|${VEHICLES}|it|i|this|that|what|which|money|aid|help`,
  },
  // A negotiator coming back is a visit too: "Renn will return to Osk in July", "the envoy is expected back in Osk in
  // mid-July" ('visitor'). Round 14.
  { words: 'return|returns|returned|returning to', kind: 'talks', cameo: '042', pos: 'verb', needs: 'visitor', unless: 'power|normal|work|office|the table|talks|negotiations|prison|jail|duty' },
  { words: 'back in|to', kind: 'talks', cameo: '042', needs: 'visitor', unless: 'power|office|business|work|prison|jail|duty' },
  // A negotiator due at a place is a visit told ahead: "the defence minister, Ada Brisk, is due at the camp on Saturday"
  // ('visitor'); not "due in March", a time. Round 17.
  { words: 'due in|at', kind: 'talks', cameo: '042', needs: 'visitor', unlessNext: `${DATE_POSSESSORS}|mid|early|late|next|this|the|a|an|about|around|court|office|power` },
  { words: 'due at|in the', kind: 'talks', cameo: '042', needs: 'visitor', unlessNext: 'end|start|beginning|middle|spring|summer|autumn|fall|winter|week|month|year|new|coming|second|first|last|next|court|talks' },
  // Hosting is a visit (043) only when a guest who negotiates, a name, or talks are what is hosted ('guest'):
  // "hosted the envoy", "hosted Kadhimi", "hosted the talks"; not "hosting traders", "hosted a festival".
  {
    words: 'host|hosted|hosting',
    kind: 'talks',
    cameo: '043',
    pos: 'verb',
    needs: 'guest',
    unless: `${TROOP_WORDS}|base|bases|camp|camps|mission|missions|refugees|festival|event|games|tournament`,
  },
  // Receiving a visitor who comes to negotiate is hosting a visit (043): "received the envoy", "receives a
  // delegation". Tight, with the visitor straight after its determiner and modifiers: "received a letter from the
  // envoy" is no visit.
  {
    words: `receive|received|receives|receiving the|a|an|his|her|their|its|visiting … ${VISITORS}`,
    kind: 'talks',
    cameo: '043',
    pos: 'verb',
    tight: true,
  },
  { words: 'mediate|mediated|mediation|mediator|mediators|broker|brokered', kind: 'talks', cameo: '045' },
  { words: 'talks|negotiations|negotiation|dialogue|dialog|consultations', kind: 'talks', cameo: '046' },
  { words: 'negotiate|negotiated|negotiating', kind: 'talks', cameo: '046', pos: 'verb' },
  // Verbs that open, hold or close talks make the noun a verb cue, which outranks a bare noun nearby.
  {
    words: 'hold|resume|begin|start|launch|open|conclude|continue|convene|wrap|kick|end … talks|dialogue|dialog|negotiations|round|summit',
    kind: 'talks',
    cameo: '046',
    needs: 'round',
  },
  {
    words: 'talks|dialogue|dialog|negotiations|round|summit … resume|begin|start|open|conclude|continue|convene|end|hold',
    kind: 'talks',
    cameo: '046',
    needs: 'round',
  },
  { words: 'hold|held|resume|convene … meeting|meetings', kind: 'talks', cameo: '040' },
  // "Last week's round in Tesk", "Monday's round": a round named by its date is a round of talks ('round'). The cue
  // starts at the possessive, and find-cues.ts keeps it only after a word of DATE_POSSESSORS.
  { words: "'s|’s round", kind: 'talks', cameo: '046', needs: 'round' },
  // "the third round brought the two sides together", "a new round is due": a round counted in a sequence is a
  // round of talks ('round': not "a round of shelling", "mortar rounds", "the boxing round").
  { words: 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|new|fresh|latest|previous|last|final|opening round', kind: 'talks', cameo: '046', needs: 'round' },
  // A counted round with its noun left out, the rounds named just before: "The first three rounds ended without a
  // text. The fourth, which opened on 22 April, …", "a third was held in May" ('elidedRound'). Round 18c.
  { words: 'open|opens|opened|begin|begins|began|held|convene|convenes|convened', kind: 'talks', cameo: '046', needs: 'elidedRound' },
  // Talks failing are still talks news (CAMEO 046 covers the negotiation, whatever its outcome): "talks broke
  // down", "negotiations collapsed", "the dialogue stalled", "walked out of the talks", "broke off negotiations".
  {
    words: 'talks|negotiations|negotiation|dialogue|dialog|round … break|broke|broken|breaking|collapse|collapsed|collapsing|stall|stalled|stalling|falter|faltered|founder|foundered|fail|failed',
    kind: 'talks',
    cameo: '046',
  },
  // The same verbs with the talks further back: "Talks on the fishing quota broke down on Thursday".
  {
    words: 'break|broke|broken|breaking down|off',
    kind: 'talks',
    cameo: '046',
    pos: 'verb',
    needs: 'talks',
  },
  { words: 'collapse|collapsed|collapsing|stall|stalled|stalling|falter|faltered|founder|foundered', kind: 'talks', cameo: '046', pos: 'verb', needs: 'talks' },
  // (A party walking out of talks announces it: a statement, as leaving them is below. Round 15.)
  { words: 'walk|walks|walked|walking|storm|storms|stormed … out … talks|negotiations|dialogue|meeting|summit|round', kind: 'statement', cameo: '010', needs: 'speaker' },
  // A party walking out with the talks named just before rather than after: "The rebels walked out on 3 May, the day
  // after the raid" following a sentence on the round ('walkout': talks in this sentence or the one before, a party
  // that is no workforce: "nurses walked out over pay" is a strike).
  { words: 'walk|walks|walked|walking out', kind: 'statement', cameo: '010', needs: 'walkout', unlessNext: 'of|to|into|onto|through' },
  { words: 'break|broke|breaking|suspend|suspended|suspending|abandon|abandoned|abandoning … talks|negotiations|dialogue', kind: 'talks', cameo: '046' },
  {
    words: 'talks|dialogue|negotiations|round|meeting|summit … scheduled|planned|slated|due',
    kind: 'talks',
    cameo: '046',
  },
  // Parties reaching or signing an agreement: the outcome of talks.
  { words: 'agree|agreed|agreeing', kind: 'talks', cameo: '046', pos: 'verb', needs: 'parties' },
  { words: 'reach|reached … agreement|deal|accord|understanding|compromise', kind: 'talks', cameo: '046' },
  // Agreeing an arrangement is reaching it: "Corps commanders agree a buffer zone", "agreed a ceasefire on Friday".
  // Round 14.
  { words: 'agree|agrees|agreed a|an|the|on … ceasefire|truce|deal|zone|timetable|protocol|roadmap|exchange|accord', kind: 'talks', cameo: '046', tight: true },
  // "a deal the envoys had struck in May": striking a deal, told from the deal's side, is reaching it.
  { words: 'strike|strikes|struck|striking', kind: 'talks', cameo: '046', needs: 'struckDeal' },
  // The instruments CAMEO 057 names besides a deal: a protocol, an understanding, a convention, a declaration, a
  // roadmap ("signed an understanding on 30 November", "the protocol signed in April"). Round 14.
  // (Initialling a text is the negotiators' signature before the leaders': "initialled the draft accord". Round 21.)
  { words: 'sign|signed|signing|initial|initialled|initialed|initialling|initialing … agreement|deal|accord|ceasefire|truce|treaty|memorandum|pact', kind: 'talks', cameo: '057' },
  // (Only over the instrument's own modifiers: "at Wednesday's signing called the protocol "a small door"" is a
  // saying about it.)
  { words: 'sign|signed|signing the|a|an|its|their|this|that|our … protocol|understanding|convention|declaration|roadmap', kind: 'talks', cameo: '057', tight: true },
  { words: 'agreement|deal|accord|ceasefire|truce|treaty|memorandum|pact|protocol|understanding|convention|declaration|roadmap … sign|signed', kind: 'talks', cameo: '057' },
  // "The truce agreed on 12 March", "a ceasefire brokered by Oman": an agreement named with the act that made it.
  { words: 'ceasefire|truce|accord|treaty|pact|armistice|protocol … agreed|reached|brokered|concluded', kind: 'talks', cameo: '057', tight: true },
  // "The third round … concluded": concluding is what talks do; "concluded that" is reasoning.
  { words: 'conclude|concluded|concludes', kind: 'talks', cameo: '046', pos: 'verb', unless: 'that' },

  // ── attack ─────────────────────────────────────────────────────────────────────────────────────────────
  { words: 'airstrike|airstrikes|warplane|warplanes|bombardment', kind: 'attack', cameo: '195' },
  { words: 'air strike|strikes|raid|raids', kind: 'attack', cameo: '195' },
  // Weapon + attack noun first, so the whole phrase is the cue ("drone strike", "rocket attack").
  { words: 'drone|drones|missile|missiles … attack|attacks|strike|strikes', kind: 'attack', cameo: '195' },
  { words: 'rocket|rockets|mortar|mortars|artillery … attack|attacks|fire|strike|strikes|barrage', kind: 'attack', cameo: '194' },
  { words: 'drone|drones', kind: 'attack', cameo: '195' },
  { words: 'missile|missiles', kind: 'attack', cameo: '195' },
  { words: 'rocket|rockets|mortar|mortars|shelling|shelled|artillery|katyusha|katyushas', kind: 'attack', cameo: '194' },
  // "shell" alone is ambiguous (a shell company); shells that land, fall or hit are fire.
  // "Rebels shell the port", "The army shells the village": the tagger reads "shell" as a noun even as a verb;
  // between a subject and its object it is one ('verbal' in find-cues.ts). "The shell company" is not.
  { words: 'shell|shells', kind: 'attack', cameo: '194', needs: 'verbal' },
  { words: 'shell|shells … land|landed|landing|fell|fall|falling|hit|struck|slammed|crashed|exploded|rained', kind: 'attack', cameo: '194' },
  // So do rounds: "the first rounds landed after 22:00", "three rounds hit the block" (not a round of talks that "fell
  // apart" or "hit a snag": the 'impact' condition). Round 15.
  { words: 'round|rounds land|lands|landed|landing|fell|fall|falls|falling|hit|hits|struck|slammed|crashed|exploded|impacted|rained', kind: 'attack', cameo: '194', tight: true, needs: 'impact' },
  {
    words: 'gunfire|gunmen|gunman|shooting|shootings|shootout|firefight|clash|clashes|clashed|ambush|ambushed|sniper',
    kind: 'attack',
    cameo: '193',
  },
  { words: 'open|opened fire', kind: 'attack', cameo: '193' },
  // Fire traded between two forces, as border incidents are told: "border police exchanged fire across the river",
  // "the two sides traded shots overnight". Round 21.
  { words: 'exchange|exchanged|exchanging|exchanges|trade|traded|trading … fire|gunfire|shots', kind: 'attack', cameo: '193', tight: true },
  // "came under heavy small-arms fire", "small arms fire from the ridge".
  { words: 'small arms fire', kind: 'attack', cameo: '193' },
  // "Fighting broke out again in the port", "heavy fighting erupted": combat told by its onset.
  { words: 'fighting|combat|hostilities … broke|erupted|flared|raged|resumed|intensified', kind: 'attack', cameo: '190', tight: true },
  // Force short of killing, as maritime and border incidents are reported: still a use of force (ACLED).
  { words: 'fire|fired|firing warning shots|shot', kind: 'attack', cameo: '193' },
  { words: 'water cannon|cannons', kind: 'attack', cameo: '175' },
  { words: 'blow|blew|blown|blowing up', kind: 'attack', cameo: '183', pos: 'verb' },
  { words: 'shoot|shot', kind: 'attack', cameo: '193', pos: 'verb', unless: 'down' },
  // A force or its craft pounding a place bombards it: "government jets pounded the hills", "the army pounded the
  // port". Not rain or waves pounding a coast, nor fists on a door: the subject must be troops or armed craft, and a
  // place must follow ("soldiers pounded on the door" knock). Round 20.
  { words: 'pound|pounds|pounded|pounding', kind: 'attack', cameo: '190', pos: 'verb', needs: 'armedSubject', unlessNext: 'on|at|away|out|through|along|down|up|with' },
  { words: 'fire on|at|upon', kind: 'attack', cameo: '193', pos: 'verb' },
  // A unit or a weapon firing, with no object ("a third battery fired for the first time on 21 February", "the
  // garrison fired all night"), uses force; firing someone (its chief, staff) or firing up an engine does not. Round 14.
  // "the firing on the tanker on Friday": the shooting named as a noun (not "the firing of the minister"). Round 16.
  { words: 'firing on|at', kind: 'attack', cameo: '190', pos: 'noun' },
  { words: 'fire|fires|fired|firing', kind: 'attack', cameo: '193', pos: 'verb', needs: 'troopSubject', unlessNext: 'the|a|an|his|her|its|their|our|him|them|up|off|back|staff|workers|employees' },
  // (Not a controlled explosion, bomb disposal's own: "the army carried out a controlled explosion of an old shell". Round 21.)
  { words: 'bomb|bombs|bombing|bombings|bombed|explosion|explosions|blast|blasts|explosive|explosives|detonate|detonated', kind: 'attack', cameo: '183', unlessBefore: 'controlled' },
  { words: 'car|vehicle|truck bomb|bombing|bombs', kind: 'attack', cameo: '1832' },
  { words: 'suicide bomber|bombers|bombing|bombings|attack|attacks|attacker|vest', kind: 'attack', cameo: '1831' },
  { words: 'ied|ieds|roadside bomb|bombs|improvised explosive', kind: 'attack', cameo: '1833' },
  { words: 'ied|ieds', kind: 'attack', cameo: '1833' },
  { words: 'assassinate|assassinated|assassination|assassinations', kind: 'attack', cameo: '186' },
  { words: 'targeted killing|killings', kind: 'attack', cameo: '186' },
  { words: 'assassination attempt|attempts|plot', kind: 'attack', cameo: '185' },
  { words: 'kidnap|kidnapped|kidnapping|abduct|abducted|abduction|hostage|hostages', kind: 'attack', cameo: '181' },
  { words: 'attack|attacks|attacked|attacking|assault|assaults|offensive', kind: 'attack', cameo: '190' },
  { words: 'come|came|coming … under attack|fire|bombardment|shelling', kind: 'attack', cameo: '190' },
  { words: 'carry|carried|carrying … out … attack|attacks|strike|strikes|raid|raids|bombing', kind: 'attack', cameo: '190' },
  { words: 'target|targeted|targeting', kind: 'attack', cameo: '190', pos: 'verb', unless: 'sanction|sanctions|audience|audiences|voters|market|markets|consumers|inflation' },
  {
    words: 'strike|strikes',
    kind: 'attack',
    cameo: '190',
    pos: 'noun',
    unlessBefore: 'hunger|general|labor|labour|workers|teachers|nationwide|rail|transport|day|hour|wildcat|token|warning|sympathy|dock|dockers|nurses|doctors|pilots|miners|drivers|staff|union|unions|on',
    needs: 'armedStrike',
  },
  { words: 'strike|struck', kind: 'attack', cameo: '190', pos: 'verb', unless: 'deal|deals|agreement|accord|balance|tone|chord|note|compromise|bargain|gold|oil', needs: 'struckNoDeal' },
  // Bringing down an aircraft is force used on it: "air defences shot down a drone", "a helicopter was brought down".
  { words: 'shoot|shoots|shot|shooting|bring|brings|brought|bringing down … drone|drones|aircraft|plane|planes|jet|jets|helicopter|helicopters|uav|uavs|missile|missiles|rocket|rockets', kind: 'attack', cameo: '195' },
  { words: 'drone|drones|aircraft|plane|jet|helicopter|uav … shot|brought|downed down', kind: 'attack', cameo: '195' },
  // The craft counted instead of named, as the sentence before names them: "The mission shot one down over the camp
  // on 21 April", "gunners brought two down" (a count only: "shot it down" is as often a proposal). Round 18. Bringing
  // down asks more, as rescuers bring people down ('craftNamed': "firefighters brought two down from the roof"). 18b.
  { words: 'shoot|shoots|shot|shooting one|two|three|four|five|six|several|both down', kind: 'attack', cameo: '195', tight: true },
  { words: 'bring|brings|brought|bringing one|two|three|four|five|six|several|both down', kind: 'attack', cameo: '195', tight: true, needs: 'craftNamed' },
  { words: 'hit', kind: 'attack', cameo: '190', pos: 'verb', unless: 'record|high|low|headlines|back|out|sanctions|markets|target|targets|shelves|snag|snags|deadlock|impasse|wall|stalemate' },
  { words: 'kill|killed|killing|killings', kind: 'attack', cameo: '190' },
  { words: 'murder|murdered|murdering|murders|slay|slew|slain', kind: 'attack', cameo: '186' },
  // Arson as an attack: "two fuel lorries set alight", "set the depot on fire", "torched the office".
  { words: 'set|sets|setting … alight|ablaze', kind: 'attack', cameo: '190' },
  { words: 'set|sets|setting … on fire', kind: 'attack', cameo: '190', tight: true },
  { words: 'torch|torched|torching', kind: 'attack', cameo: '190', pos: 'verb' },
  // (Not "the wounded", "the injured soldiers": a group of people named, not a wounding told. Round 15.)
  // (Not the wounded as people moved: "Wounded moved to Osk by road", a log's evacuation. Round 17.)
  { words: 'wounded|wounding|injure|injured|injuring|casualties', kind: 'attack', cameo: '190', unlessBefore: 'the|visit|visits|visited|visiting|treat|treats|treated|treating', unlessNext: 'moved|evacuated|transferred|airlifted|flown|ferried|carried' },
  // ("wound" apart: "wound up", "wound down" are winding, not wounding. Round 21.)
  { words: 'wound', kind: 'attack', cameo: '190', unlessBefore: 'the|visit|visits|visited|visiting|treat|treats|treated|treating', unlessNext: 'moved|evacuated|transferred|airlifted|flown|ferried|carried|up|down' },
  { words: 'raid|raids|raided', kind: 'attack', cameo: '190' },
  { words: 'retaliate|retaliated|retaliation|retaliatory', kind: 'attack', cameo: '190' },
  { words: 'device|devices|bomb|bombs|explosive|explosives|charge|mine|mines|grenade|shell|shells … go|went|gone|going off', kind: 'attack', cameo: '183' },
  { words: 'drop|dropped|dropping … bomb|bombs|explosive|explosives|munitions|grenades', kind: 'attack', cameo: '183' },
  { words: 'ram|rammed|ramming', kind: 'attack', cameo: '190' },
  // Fighting hand to hand, as border clashes are told (ACLED's armed clash / mob violence): "beat each other with
  // clubs", "fought with stones and iron bars". Round 14.
  { words: 'beat|beaten|beating|fought|fight|fighting … with … clubs|sticks|batons|stones|rocks|bars|rods|knives|machetes|fists', kind: 'attack', cameo: '193' },
  // (Not storming to a victory or back into a lead. Round 15.)
  // (Nor "the storming of …", the verbal noun the tagger reads as a verb: STORMING_OF of nokind-cues.ts asks what
  // was stormed. Round 21 mend.)
  { words: 'storm|storms|stormed|storming', kind: 'attack', cameo: '190', pos: 'verb', unless: 'out|off|to|back|home', unlessNext: 'of' },
  { words: '@troops … advance|advanced|advancing|push|pushed|pushing', kind: 'attack', cameo: '190', unless: 'home|back|out' },
  {
    words: 'capture|captured|capturing|seize|seized|seizing|overran|overrun',
    kind: 'attack',
    cameo: '192',
    pos: 'verb',
    // (Nor goods seized by customs or police, counted by weight or named as contraband: "seized 2 tonnes of cocaine".
    // Round 21.)
    unless: 'weapons|drugs|cash|documents|assets|shipment|shipments|cargo|funds|ammunition|vessel|tanker|opportunity|moment|attention|imagination|tonnes|tons|kilograms|kilos|kg|grams|pounds|cocaine|heroin|cannabis|marijuana|methamphetamine|contraband|counterfeit|cigarettes|fuel|timber|ivory|goods|passports|property|properties|accounts|containers|consignment|haul',
  },
  { words: 'injury|injuries', kind: 'attack', cameo: '190' },
  { words: 'landmine|landmines', kind: 'attack', cameo: '183' },
  // "a grenade thrown at police", "grenade attack": a grenade is a weapon used, as a landmine is (round 13).
  { words: 'grenade|grenades', kind: 'attack', cameo: '183' },
  { words: 'violate|violated|violating|breach|breached|breaching … ceasefire|truce', kind: 'attack', cameo: '196' },

  // ── troops ─────────────────────────────────────────────────────────────────────────────────────────────
  // A number of troops ("2,500 US troops", "an extra 30,000 recruits").
  { words: `@num … @troops`, kind: 'troops', cameo: '150', tight: true },
  // Its strength told the other way round: "a force of 2,500", "a contingent of some 300".
  { words: 'force|contingent|garrison|battalion|brigade|regiment|detachment of … @num', kind: 'troops', cameo: '150' },
  {
    words: 'withdraw|withdrew|withdrawn|withdrawing|withdrawal|withdrawals',
    kind: 'troops',
    cameo: '0874',
    // (Nor from talks: a party leaving talks announces it, a statement below. Round 14.)
    unless: 'deal|agreement|treaty|accord|race|election|elections|candidacy|bid|nomination|support|funding|funds|money|cash|statement|remarks|complaint|lawsuit|application|membership|recognition|ambassador|envoy|talks|negotiations|dialogue|process|participation|delegation|delegations',
    // Nor attackers or their boats breaking off: "Approached by a skiff; no weapons seen; skiff withdrew", "the gunmen
    // withdrew into the forest" (an incident's end, not a force's move). Round 18.
    unlessBefore: 'skiff|skiffs|speedboat|speedboats|dinghy|dinghies|gunmen|gunman|attackers|attacker|assailants|pirates|raiders|hijackers|intruders|robbers|smugglers|protesters|demonstrators|crowd|crowds|mob',
  },
  { words: 'pullout|pullback|drawdown|disengagement|disengage|disengaged', kind: 'troops', cameo: '0874' },
  { words: 'pull|pulled|pulling … out|back', kind: 'troops', cameo: '0874', needs: 'troops' },
  { words: 'draw|drawing|drew … down', kind: 'troops', cameo: '0874', needs: 'troops' },
  { words: 'reduce|reduced|reducing|reduction|reductions|cut|cuts|cutting|downsize|downsizing|shrink|trim', kind: 'troops', cameo: '0874', needs: 'troops' },
  // A force shrinking to a figure, told by its subject: "the force must shrink to 6,500", "its strength fell below 700".
  { words: `${TROOP_WORDS}|strength|ceiling … shrink|shrinks|shrank|shrunk|shrinking|fall|falls|fell|falling|drop|drops|dropped|dropping to|below … @num`, kind: 'troops', cameo: '0874' },
  // A troop ceiling, met or set: "the ceiling of 6,500 was met", "below its 6,500 ceiling".
  { words: 'ceiling of … @num', kind: 'troops', cameo: '0874', tight: true },
  { words: '@num ceiling', kind: 'troops', cameo: '0874' },
  { words: 'scale|scaled|scaling|wind|winding|wound … back|down', kind: 'troops', cameo: '0874', needs: 'troops' },
  { words: 'redeploy|redeployed|redeployment|relocate|relocated|relocation|evacuate|evacuated|evacuation', kind: 'troops', cameo: '0874', needs: 'troops' },
  { words: 'remove|removed|removing|removal', kind: 'troops', cameo: '0874', needs: 'troops' },
  { words: 'move|moved|moving … @troops … out', kind: 'troops', cameo: '0874' },
  // Heavy weapons moving back are a pullback (0874, as pulling them back is): "The guns moved back from the river in
  // mid-May", "the tanks went back to their depots". Round 14.
  { words: 'gun|guns|artillery|howitzers|tanks|launchers|weapons … move|moves|moved|moving|went|pulled|fell back', kind: 'troops', cameo: '0874', tight: true },
  // A flag lowered over a base for the last time marks its handover: "the flag came down over Fort Kell in mid-May".
  { words: 'flag|flags … down|lowered over … base|bases|airbase|fort|camp|barracks|garrison|outpost|headquarters|compound', kind: 'troops', cameo: '087' },
  // "moved 800 more soldiers into the province": a deployment, told by where the troops go.
  { words: 'move|moved|moving … @troops … into|to|towards|toward', kind: 'troops', cameo: '154' },
  { words: 'departure|exit', kind: 'troops', cameo: '0874', needs: 'troops' },
  // Thinning out posts or troops is a partial pullback: "the army thinned out its posts on the ridge".
  { words: 'thin|thins|thinned|thinning out … posts|positions|forces|presence|garrison|garrisons|units|deployment|lines', kind: 'troops', cameo: '0874' },
  { words: 'thin|thins|thinned|thinning out … @troops', kind: 'troops', cameo: '0874' },
  // Not "left behind", "left over", nor "left in place" (remaining); "left the port in June" does leave.
  { words: '@troops … leave|leaving|left|depart|departed|departing', kind: 'troops', cameo: '0874', unless: 'behind|over', unlessNext: 'in' },
  { words: 'end|ending|ended … presence|mission', kind: 'troops', cameo: '0874' },
  // A deployment ended, told by its verb and the body as object or subject: "would close the mission by 31
  // December", "the training mission would end by 30 June", "the deployment closes in March". Round 12.
  { words: 'close|closes|closed|closing|end|ends … presence|mission|deployment', kind: 'troops', cameo: '0874', needs: 'missionEnds' },
  // A force closed, disbanded or dissolved: "to close the Border Security Force on 31 December" (not an air force
  // base, a police force's station). Round 15.
  { words: 'close|closes|closed|closing|disband|disbands|disbanded|disbanding|dissolve|dissolves|dissolved|dissolving … force|mission|operation', kind: 'troops', cameo: '0874', needs: 'missionEnds', unlessNext: 'base|bases|headquarters|academy|airfield|station|stations|camp|school' },
  { words: 'mission|deployment|presence … end|ends|ended|close|closes|closed', kind: 'troops', cameo: '0874', needs: 'missionEnds' },
  // "…; the last is due to leave in mid-May": a subject standing for troops named just before ('ellipsis').
  { words: 'leave|leaves|leaving|depart|departs|departed|departing|withdraw|withdraws|withdrew|withdrawn|withdrawing|sail|sails|sailed|sailing', kind: 'troops', cameo: '0874', pos: 'verb', needs: 'ellipsis' },
  { words: '@troops … fly|flew|flown|sail|sailed|sailing|return|returned|returning|come|came|go|went|head|headed … home', kind: 'troops', cameo: '0874' },
  // "400 marines flew out on Sunday", "the last group is due to fly out": flying out of the country is leaving it.
  { words: '@troops … fly|flies|flew|flown|flying out', kind: 'troops', cameo: '0874' },
  // "The last personnel are to be gone by the end of June".
  { words: '@troops … gone', kind: 'troops', cameo: '0874' },
  // "The first frigates steamed into the port in March 2014": ships arriving.
  { words: '@troops … steam|steamed|steaming|sail|sailed|sailing into', kind: 'troops', cameo: '154' },
  { words: 'fly|flies|flew|flown|flying out', kind: 'troops', cameo: '0874', needs: 'ellipsis' },
  // "…, and every one of them will be home by 30 June", "the rest are to be gone by May". Round 12.
  { words: 'home|gone', kind: 'troops', cameo: '0874', needs: 'ellipsis' },
  // Troops told by the subject, further back than a gap reaches: "The last 620 soldiers serving with the mission flew
  // out of the capital", "The soldiers, some 650 of them, fly home", "The first blue helmets arrived in 2017".
  { words: 'fly|flies|flew|flown|flying out|home', kind: 'troops', cameo: '0874', needs: 'troopSubject' },
  // Likewise going, coming or sailing home: "the soldiers at the camp will go home by the end of the year", where a
  // place after the subject leaves the verb further back than the gap above reaches. Round 20.
  { words: 'go|goes|going|went|come|comes|coming|came|return|returns|returning|returned|head|heads|heading|headed|sail|sails|sailing|sailed home', kind: 'troops', cameo: '0874', pos: 'verb', needs: 'troopSubject' },
  // "The battalion will be home by the end of June", "to tell her brigade it would be home by July": troops being
  // home is their return, as flying home is. Round 16.
  // (Not "was home to 1,200 soldiers", "were home on leave".)
  { words: 'be|is|are|was|were|been home', kind: 'troops', cameo: '0874', needs: 'troopSubject', unlessNext: 'to|on' },
  { words: 'leave|leaves|left|depart|departs|departed', kind: 'troops', cameo: '0874', pos: 'verb', needs: 'troopSubject', unless: 'behind|over', unlessNext: 'in' },
  { words: 'arrive|arrives|arrived', kind: 'troops', cameo: '154', pos: 'verb', needs: 'troopSubject' },
  // Troops told by the subject that fly in arrive: "A bomb-disposal squad flew in six days ago", "the last rifle
  // company, 120 strong, flew in on Friday" (the travel cue reads it as a visit, which a troop subject rules out).
  // Round 19.
  { words: 'fly|flies|flew|flown in', kind: 'troops', cameo: '154', pos: 'verb', needs: 'troopSubject' },
  // A body of troops that follows, with no object, makes the move told before it, most often a departure: "the first
  // company left in February and the battalion followed in March". (Not "followed the debate", "followed suit",
  // "followed orders": an object or "up" after it.) Round 18c.
  { words: 'follow|follows|followed', kind: 'troops', cameo: '0874', pos: 'verb', needs: 'troopSubject', unlessNext: 'the|a|an|his|her|its|their|our|up|suit|orders|order|him|them|it|us|this|that|these|those|closely|through' },
  // Troops staying until a date leave then: "its frigate will stay in the strait until mid-July", "the battalion
  // remains until the end of June", with nothing but a place between ("stayed calm until", "remained on alert until"
  // tell a state, not a stay). (Not a crew or a minister staying: 'troopSubject'.) Round 18c.
  { words: 'stay|stays|stayed|remain|remains|remained until', kind: 'troops', cameo: '0874', needs: 'troopSubject' },
  { words: 'stay|stays|stayed|remain|remains|remained in|at … until', kind: 'troops', cameo: '0874', needs: 'troopSubject', tight: true },
  { words: 'stay|stays|stayed|remain|remains|remained in|at the|its|their … until', kind: 'troops', cameo: '0874', needs: 'troopSubject', tight: true },
  // A unit landing is a unit arriving: "the field hospital lands at the airstrip", "the first rifle company landed in Osk"
  // (the tagger reads "lands" as a noun, so no part of speech is asked; a troop subject is).
  // (Not a munition: a shell that lands has no troop subject.) Round 17.
  { words: 'land|lands|landed|landing at|in|on', kind: 'troops', cameo: '154', needs: 'troopSubject' },
  // A unit carried in or out by whoever sends it: "Brevia flew in a reinforcement company on 20 December", "airlifted
  // out its field hospital" ('unitCarried'). The minister who flies in pays a visit. Round 17.
  { words: 'fly|flies|flew|flown|flying|airlift|airlifts|airlifted|airlifting in', kind: 'troops', cameo: '154', pos: 'verb', needs: 'unitCarried' },
  { words: 'fly|flies|flew|flown|flying|airlift|airlifts|airlifted|airlifting out', kind: 'troops', cameo: '0874', pos: 'verb', needs: 'unitCarried' },
  // A body that deploys, with no object, deploys itself: "KSM, which deployed in 2017", "the mission deploys to the north".
  { words: 'deploy|deploys|deployed in|to|into|across|along|at', kind: 'troops', cameo: '154', pos: 'verb' },
  // "The last battalion is due to sail at the end of June", "the marines shipped out": a unit putting to sea leaves.
  { words: '@troops … sail|sails|sailed|sailing|embark|embarks|embarked|embarking', kind: 'troops', cameo: '0874', unless: 'into|to|home' },
  { words: '@troops … ship|ships|shipped|shipping … out', kind: 'troops', cameo: '0874' },
  // "brought its 120 engineers home", "to bring the troops home", "took its observers home".
  { words: 'bring|brings|brought|bringing|take|takes|took|taking … @troops … home', kind: 'troops', cameo: '0874' },
  { words: 'bring|brings|brought|bringing home … @troops', kind: 'troops', cameo: '0874' },
  // "Their 40 medics left Camp Orla", "the battalion vacated the airbase": leaving a military base is a withdrawal,
  // whoever leaves ('garrison': a base of the armed forces, or a camp named as one, "Camp Orla"; a refugee camp is not).
  { words: 'leave|leaves|left|leaving|vacate|vacates|vacated|vacating|quit|quits', kind: 'troops', cameo: '0874', pos: 'verb', needs: 'garrison' },
  // "The airbase will pass to the navy on 1 June": control of a base changing hands.
  { words: 'pass|passes|passed|passing to', kind: 'troops', cameo: '087', needs: 'bases' },
  // No verb tag required: a chronology's present tense ("The mission hands the camp to the army") is often read as
  // the plural noun; the base as object still decides.
  // (Not a hand grenade: "Hand grenade thrown at police".)
  { words: 'hand|hands|handed|handing', kind: 'troops', cameo: '087', needs: 'bases', unlessNext: 'grenade|grenades' },
  // Whatever is handed, a force receiving it takes it over: "Sedge Point was handed to the air force on Wednesday".
  { words: 'hand|hands|handed|handing|transfer|transferred … to the … army|navy|military|police|forces|force', kind: 'troops', cameo: '087', tight: true },
  // The same with "over" ("will be handed over to the army in May"), or passing to a force, whatever its determiner
  // ("the battery passes to our own air force in May"): control of a unit's post changing hands. Round 13.
  { words: 'hand|hands|handed|handing|transfer|transfers|transferred over to the|a|an|its|their|our|his|her … army|navy|military|police|forces|force', kind: 'troops', cameo: '087', tight: true },
  { words: 'pass|passes|passed|passing to the|a|an|its|their|our|his|her … army|navy|military|police|forces|force', kind: 'troops', cameo: '087', tight: true },
  // Whatever is handed, however long its name, a security force receiving it takes it over: "handed the inner
  // channel to the country's own coastguard", "hands the bridge to a joint police force" ('forceRecipient': "to" and
  // a noun phrase ending in a force, in the verb's clause). Round 14.
  { words: 'hand|hands|handed|handing|transfer|transfers|transferred', kind: 'troops', cameo: '087', needs: 'forceRecipient', unlessNext: 'grenade|grenades' },
  // Taking over a base or security is the other side of a handover: "the army is due to take over the fort in May".
  { words: 'take|takes|took|taking|taken over', kind: 'troops', cameo: '087', needs: 'bases' },
  // A force taking over the guarding of a place is a handover as taking over the place is: "the coastguard took over
  // the guard of the harbour", "the gendarmes took over its guard", "the policing of the district". (Not "guard" among
  // 'bases' objects, as "the old guard took over the party" would read as a handover; not "protection" or
  // "guarding", as often a security firm's contract.) Round 18c.
  { words: 'take|takes|took|taking|taken over the|its|their guard|policing', kind: 'troops', cameo: '087', unlessNext: 'contract|contracts|firm|firms|company|companies' },
  { words: 'thin|thinned|thinning … out', kind: 'troops', cameo: '0874', needs: 'troops' },
  // "it numbered roughly 3,900": a force's strength.
  { words: 'number|numbered|numbering|numbers … @num', kind: 'troops', cameo: '150', pos: 'verb' },
  // A force at its peak, told by the figure alone: "The force peaked at 1,760 in July 2027" ('troopFigure': troops
  // named elsewhere in the sentence). Round 14.
  { words: 'peak|peaked|peaks|peaking at … @num', kind: 'troops', cameo: '150', needs: 'troopFigure' },
  // A force's strength told as where it stands: "The Border Force now stands at about 3,050", "the contingent stood
  // at 900 in May" ('forceStands'; not a toll, a count or a price: "the death toll stands at 40"). Round 18.
  {
    words: 'stand|stands|stood|standing at … @num',
    kind: 'troops',
    cameo: '150',
    needs: 'forceStands',
  },
  // A unit put into service or declared ready is deployed: "A third battery goes into service in Canavel", "the
  // battalion was declared operational on Monday" ('troopSubject'). Round 14.
  { words: 'go|goes|went|gone|enter|enters|entered|came|comes into service', kind: 'troops', cameo: '154', needs: 'troopSubject' },
  { words: 'declared|became|becomes|become operational', kind: 'troops', cameo: '154', needs: 'troopSubject' },
  // "The contingent now numbers some 600", "troop numbers fell to 600": a force counted, however the tagger reads it.
  { words: '@troops … number|numbers|numbered … @num', kind: 'troops', cameo: '150' },
  // "It now numbers about 800": the tagger reads the verb as the plural noun.
  { words: 'number|numbers … @num', kind: 'troops', cameo: '150', needs: 'verbal' },
  // A bare figure had or counted, its noun left out because the sentence names the troops elsewhere: "X, which had
  // about 9,100 troops in February, now has about 6,400"; "There are now about 1,600 of us, because 300 Kestrians
  // arrived"; the figure a force fell from: "must be down to 6,500 troops by March, from about 9,100 in February". Round 12.
  // Or counted in people by the force itself: "the mission has about 1,700 people left" (round 16b).
  { words: 'has|have|had|there|from … @num', kind: 'troops', cameo: '150', needs: 'troopFigure' },
  { words: 'handover|handovers|transfer|transferred', kind: 'troops', cameo: '087', needs: 'bases' },
  { words: 'demobilize|demobilise|demobilized|demobilised|demobilization|demobilisation|disband|disbanded', kind: 'troops', cameo: '0873' },
  { words: 'deploy|deployed|deploying|deployment|deployments', kind: 'troops', cameo: '154', needs: 'troops' },
  // A force or mission set up is deployed: "The Stabilisation Mission was established by the Council in 2017". Not a
  // task force, nor a diplomatic or trade mission. Round 14.
  { words: 'mission|force|contingent … established|created|formed', kind: 'troops', cameo: '154', unlessBefore: 'task|diplomatic|trade|fact-finding|permanent' },
  { words: 'mission|force|contingent … set up', kind: 'troops', cameo: '154', unlessBefore: 'task|diplomatic|trade|fact-finding|permanent' },
  { words: 'send|sent|sending|dispatch|dispatched', kind: 'troops', cameo: '154', pos: 'verb', needs: 'troops' },
  { words: 'reinforce|reinforced|reinforcement|reinforcements|surge', kind: 'troops', cameo: '154', needs: 'troops' },
  { words: 'expand|expanded|expanding|expansion|increase|increased|boost|boosted|bolster|bolstered|buildup', kind: 'troops', cameo: '154', needs: 'troops' },
  { words: 'recruit|recruited|recruitment|mobilize|mobilise|mobilized|mobilised|mobilization|mobilisation', kind: 'troops', cameo: '154', unlessBefore: 'popular' },
  {
    // (Reaching a place is arriving: "the second battery reached the port in early February"; reaching a deal or a
    // peak is not. Round 14.)
    words: '@troops … come|came|arrive|arrived|arriving|enter|entered|land|landed|return|returned|cross|crossed|crossing|move|moved|push|pushed|reach|reached|reaches|rush|rushed|poured|airlifted|ferried',
    kind: 'troops',
    cameo: '154',
    unless: 'under|home|out|back|agreement|deal|accord|understanding|compromise|settlement|consensus|decision|conclusion|peak|record|total|strength|level|figure',
  },
  { words: 'station|stationed|stationing|base|based', kind: 'troops', cameo: '150', pos: 'verb', needs: 'troops' },
  // A unit replaced by another: "the next rotation of the contingent", "a troop rotation".
  { words: 'rotation|rotations|relief', kind: 'troops', cameo: '154', pos: 'noun', needs: 'troops' },

  // ── statements ─────────────────────────────────────────────────────────────────────────────────────────
  // Claiming an attack is claiming responsibility for it: "the Front claimed the ambush", "X claims the bombing" (the
  // tagger often reads "claims" as a noun, so no part of speech is asked). Round 15.
  { words: 'claim|claims|claimed|claiming … attack|attacks|bombing|bombings|ambush|ambushes|strike|strikes|raid|raids|blast|blasts|explosion|killing|killings|assassination|kidnapping|abduction|shelling|shooting|hijacking|seizure', kind: 'statement', cameo: '015', needs: 'speaker' },
  {
    words:
      'say|said|says|saying|tell|told|telling|state|stated|add|added|note|noted|mention|mentioned|announce|announced|' +
      'declare|declared|confirm|confirmed|confirming|explain|explained|stress|stressed|emphasize|emphasized|emphasise|' +
      'emphasised|underline|underlined|reiterate|reiterated|insist|insisted|comment|commented|write|wrote|tweet|' +
      'tweeted|acknowledge|acknowledged|argue|argued|ask|asked|reply|replied|answer|answered|announcing|stating|' +
      'boast|boasted|brag|bragged',
    kind: 'statement',
    cameo: '010',
    pos: 'verb',
    needs: 'speaker',
  },
  // Claiming a prize is winning it, no saying: "The club claimed the trophy the next day", "claimed the seat".
  {
    words: 'claim|claimed',
    kind: 'statement',
    cameo: '010',
    pos: 'verb',
    needs: 'speaker',
    unless: 'trophy|trophies|title|titles|prize|prizes|win|wins|victory|victories|seat|seats|cup|medal|medals|crown|championship|championships|pennant|honours',
  },
  // A party putting off or calling off talks announces it: "Tesmara calls off the fourth round of talks", "the
  // mediator postponed the meeting". The date is the announcement's (the talks' own date is calledOff's business).
  {
    words: 'postpone|postpones|postponed|cancel|cancels|cancelled|canceled|scrap|scraps|scrapped|suspend|suspends|suspended … talks|round|negotiations|dialogue|meeting|summit|visit',
    kind: 'statement',
    cameo: '010',
    pos: 'verb',
    needs: 'speaker',
  },
  { words: 'call|calls|called|calling off … talks|round|negotiations|dialogue|meeting|summit|visit', kind: 'statement', cameo: '010', pos: 'verb', needs: 'speaker' },
  // Putting talks back or off is postponing them: "the mediator put the round back by a week", "pushed back the
  // summit", "put off the talks". Round 15.
  { words: 'put|puts|putting|push|pushes|pushed|pushing … talks|round|negotiations|dialogue|meeting|summit|visit … back|off', kind: 'statement', cameo: '010', pos: 'verb', needs: 'speaker' },
  { words: 'put|puts|putting|push|pushes|pushed|pushing back|off … talks|round|negotiations|dialogue|meeting|summit|visit', kind: 'statement', cameo: '010', pos: 'verb', needs: 'speaker' },
  { words: 'delay|delays|delayed|defer|defers|deferred|adjourn|adjourns|adjourned … talks|round|negotiations|dialogue|meeting|summit|visit', kind: 'statement', cameo: '010', pos: 'verb', needs: 'speaker' },
  // The same in the passive, with its agent: "The second round was put back a week by the foreign minister on 5
  // December", "the talks were postponed by the mediator" ('passivePutOff'). Round 17. (put, pushed, called only with
  // "back" or "off": "a meeting was called by the League" is the meeting. Round 17b.)
  { words: 'postponed|delayed|deferred|adjourned|cancelled|canceled|scrapped|suspended|put|pushed|called … by', kind: 'statement', cameo: '010', pos: 'verb', needs: 'passivePutOff' },
  // So does a party suspending its part in talks or withdrawing from them: "its delegation suspends its participation
  // in the talks", "the rebels withdrew from the negotiations on Monday". Round 14.
  // (With the talks named after it, the whole phrase is the cue, not the talks noun nearest a date after it. Round 14b.)
  { words: 'suspend|suspends|suspended|suspending|end|ends|ended|ending … participation|involvement|part|role in … talks|negotiations|dialogue|process|round', kind: 'statement', cameo: '010', pos: 'verb', needs: 'speaker' },
  { words: 'suspend|suspends|suspended|suspending|end|ends|ended|ending … participation|involvement', kind: 'statement', cameo: '010', pos: 'verb', needs: 'speaker' },
  { words: 'withdraw|withdraws|withdrew|withdrawn|withdrawing from … talks|negotiations|dialogue|process', kind: 'statement', cameo: '010', pos: 'verb', needs: 'speaker' },
  { words: 'pull|pulls|pulled|pulling out of … talks|negotiations|dialogue|process', kind: 'statement', cameo: '010', pos: 'verb', needs: 'speaker' },
  // Speaking to the press or a named paper or station is an interview, a statement (round 13 made it no talks; the
  // read gold counts it as the speaker's statement): "spoke to the Morning Post at her office on Thursday". Round 14.
  {
    words: 'speak|spoke|spoken|speaking|talk|talked|talking to … reporters|journalists|press|media|newspaper|television|tv|broadcaster|agency|review|times|post|herald|gazette|journal|tribune|chronicle|telegraph|courier|radio|magazine',
    kind: 'statement',
    cameo: '010',
    pos: 'verb',
    needs: 'speaker',
  },
  // A court ruling is a statement of the court's: "The Court of Appeal ruled on Thursday that …" (round 13). Only with
  // "that": "ruled the country", "ruled out" are not rulings.
  { words: 'rule|rules|ruled … that', kind: 'statement', cameo: '010', pos: 'verb', needs: 'speaker' },
  { words: 'claim|claimed|claiming … responsibility|credit', kind: 'statement', cameo: '015', pos: 'verb' },
  // A toll given is a saying: "the spokesman put the number of wounded at two", "police put the death toll at nine".
  // Round 15.
  { words: 'put|puts|putting … number|toll|tally|count|figure … at', kind: 'statement', cameo: '010', pos: 'verb', needs: 'speaker' },
  { words: 'admit|admitted', kind: 'statement', cameo: '015', pos: 'verb', needs: 'speaker' },
  { words: 'deny|denied|denies|denying', kind: 'statement', cameo: '016', pos: 'verb', needs: 'speaker' },
  { words: 'praise|praised|commend|commended|hail|hailed|laud|lauded|welcome|welcomed', kind: 'statement', cameo: '051', pos: 'verb', needs: 'speaker' },
  // (Not what slams into a thing: "two rockets slammed into the depot" is an impact, the rockets' attack. Round 20.)
  { words: 'condemn|condemned|denounce|denounced|criticize|criticized|criticise|criticised|slam|slammed', kind: 'statement', cameo: '111', pos: 'verb', needs: 'speaker', unlessNext: 'into|onto|against|through' },
  // An attack in words is a criticism: "the opposition leader launched a scathing attack on the budget on Monday"
  // (attack-senses.ts keeps it from the attack kind). Round 21.
  { words: 'verbal|personal|scathing|blistering|stinging|withering|rhetorical attack|attacks', kind: 'statement', cameo: '111', needs: 'speaker' },
  { words: 'accuse|accused|blame|blamed', kind: 'statement', cameo: '112', pos: 'verb', needs: 'speaker' },
  { words: 'threaten|threatened|threatening', kind: 'statement', cameo: '130', pos: 'verb', needs: 'speaker' },
  { words: 'warn|warned|warning', kind: 'statement', cameo: '012', pos: 'verb', needs: 'speaker' },
  { words: 'reject|rejected|refuse|refused|dismiss|dismissed', kind: 'statement', cameo: '120', pos: 'verb', needs: 'speaker' },
  { words: 'demand|demanded|demanding', kind: 'statement', cameo: '100', pos: 'verb', needs: 'speaker' },
  { words: 'urge|urged|appeal|appealed', kind: 'statement', cameo: '020', pos: 'verb', needs: 'speaker' },
  { words: 'call|called|calling for|on', kind: 'statement', cameo: '020', pos: 'verb', needs: 'speaker' },
  // "called the bombing "an attack on the talks"", "described the vote as a betrayal": a speaker characterising
  // something in words of their own.
  { words: 'call|calls|called|calling|describe|describes|described|describing|brand|brands|branded|branding', kind: 'statement', cameo: '010', pos: 'verb', needs: 'naming' },
  { words: 'pledge|pledged|promise|promised|vow|vowed', kind: 'statement', cameo: '030', pos: 'verb', needs: 'speaker' },
  // A named body deciding is its statement (the read gold counts a council's decision on a force as a statement, and
  // the move it decides keeps its own date): "the council decided on 29 February to keep …", "the council agreed
  // on Friday that the force should be cut" (one party agreeing that: two parties agreeing are talks, listed first).
  // Round 14.
  { words: 'decided|decides', kind: 'statement', cameo: '010', pos: 'verb', needs: 'speaker', unless: 'whether|if|against' },
  { words: 'agreed|agrees that', kind: 'statement', cameo: '010', pos: 'verb', needs: 'speaker' },
  // A force's mandate renewed or extended is its backers' decision: "the council renewed the mandate last June", "The
  // mandate was extended in June 2029". Round 14.
  { words: 'renew|renews|renewed|renewing|extend|extends|extended|extending … mandate|mandates', kind: 'statement', cameo: '010' },
  { words: 'mandate|mandates … renewed|extended', kind: 'statement', cameo: '010' },
  // "its decision of 1 March", "the decision of the council of 29 February": a decision named with its date.
  { words: 'decision|decisions of', kind: 'statement', cameo: '010', pos: 'noun' },
  // "Wenlock made the timetable public on 3 Sept", "made it official in a speech".
  { words: 'make|made|makes|making … public|official', kind: 'statement', cameo: '010', pos: 'verb', needs: 'speaker' },
  { words: 'look|looks|looking forward', kind: 'statement', cameo: '013', needs: 'speaker' },
  { words: 'express|expressed|extend|extended|offer|offered … condolences|sympathy|sympathies', kind: 'statement', cameo: '018' },
  { words: 'condolences|mourn|mourned', kind: 'statement', cameo: '018' },
  { words: 'express|expressed … concern|regret|alarm', kind: 'statement', cameo: '012' },
  { words: 'statement|statements|communique|announcement|interview|remarks|speech|address|tweet|letter', kind: 'statement', cameo: '010', pos: 'noun' },
  { words: 'press|news conference|briefing|statement', kind: 'statement', cameo: '010' },
  // Round 21 (probes of our own): sayings and talks told by wordings no cue above read (addressing an audience and
  // briefing one are nokind-cues.ts's ADDRESSED and BRIEFED, for public speakers only); a post on a
  // platform is a saying ("posted on Facebook on Tuesday that"); summoning an envoy is a formal protest (CAMEO 111);
  // boycotting talks or a session is a party's stand, as walking out is (the talks named are not held with it); a
  // video conference is a call.
  { words: 'post|posts|posted|posting … facebook|twitter|telegram|instagram|tiktok|youtube|weibo|website|channel|account|feed|blog', kind: 'statement', cameo: '010', pos: 'verb', needs: 'speaker' },
  { words: 'summon|summons|summoned|summoning … ambassador|ambassadors|envoy|envoys|chargé|charge|diplomat|diplomats|attaché|attache', kind: 'statement', cameo: '111', pos: 'verb', needs: 'speaker' },
  { words: 'boycott|boycotts|boycotted|boycotting … talks|negotiations|dialogue|meeting|meetings|summit|round|session|sessions|conference', kind: 'statement', cameo: '010', pos: 'verb', needs: 'speaker' },
  { words: 'videoconference|videoconferences|teleconference|video-conference', kind: 'talks', cameo: '041', pos: 'noun' },
  { words: 'video conference|conferences', kind: 'talks', cameo: '041', pos: 'noun' },
  { words: 'speak|spoke|spoken|speaking|talk|talked|talking by video', kind: 'talks', cameo: '041', pos: 'verb' },
  // Round 19: wordings no cue above read (nokind-cues.ts).
  ...NOKIND_CUES,
];

/** A demonym used as an adjective: "Norlandic", "Varnish", "Tessendian", "Bangladeshi", "Chinese" ("Osk" is left
 * out: no ending). One pattern for find-cues.ts, crew-arrival.ts, nokind-conditions.ts and nokind-moves.ts. */
export const NATIONAL = /^[A-Z][a-z]+(?:ian|ish|ese|ic|an|i)$/;
