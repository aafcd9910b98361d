// Round 19: wordings of dated developments that no cue of vocabulary.ts gave a kind to. Each entry is a class of
// wording a reader plainly reads as talks or a named body's statement, in general news English (no
// names, places or phrases of one story). They are appended to CUES (vocabulary.ts), so on a tie the older cues win.
//
// Kept apart from vocabulary.ts so that this module has no imports: vocabulary.ts spreads it into CUES while it is
// still being evaluated. Conditions the pattern syntax cannot say are in nokind-conditions.ts, keyed on these objects.

import type { Cue } from './vocabulary.js';

/** Instruments parties settle, named as the subject of a passive verb of agreeing ("the truce was agreed"). Not a
 * "deal" or an "agreement", as often commercial, nor a "settlement" (a court's or a divorce's). */
const INSTRUMENTS = 'ceasefire|truce|accord|accords|treaty|pact|armistice|protocol|framework|roadmap|understanding';
const AGREED = 'agreed|reached|brokered|concluded|signed|accepted|finalised|finalized';

/**
 * "The Corsena Framework was agreed on 14 October", "a truce had been reached by then": an instrument told agreed in
 * the passive is the agreement (CAMEO 057), as "the truce agreed on 12 March" already is. The existing cue is tight
 * and lets no auxiliary stand between the noun and the verb, so the passive went unread.
 */
export const PASSIVE_AGREED: Cue = { words: `${INSTRUMENTS} was|were|is|are|be|been ${AGREED}`, kind: 'talks', cameo: '057' };
export const PERFECT_PASSIVE_AGREED: Cue = { words: `${INSTRUMENTS} has|have|had been ${AGREED}`, kind: 'talks', cameo: '057' };

/**
 * "… a framework that both sides accepted on 14 October": two parties accepting a text agree on it (046), as two
 * parties agreeing do. One party accepting ("the minister accepted the proposal", "accepted the ruling") is not
 * talks; nor is accepting what is no text of settlement (nokind-conditions.ts: two parties and an instrument, a plan,
 * a proposal or terms named in the sentence).
 */
export const PARTIES_ACCEPT: Cue = { words: 'accept|accepts|accepted|accepting', kind: 'talks', cameo: '046', pos: 'verb' };

/**
 * "Parliament voted in November not to renew the lease", "the council voted on Friday to extend the mandate": a named
 * body voting to do or not to do something decides it, a statement as "decided" is (010). Not voters or residents
 * voting (an election), nor a vote with no decision after it ("voted on Sunday").
 */
export const BODY_VOTED: Cue = {
  // Round 19d: the cue is the verb alone, its decision ("to", "not", "against", "unanimously") asked for by
  // nokind-conditions.ts: a span reaching to "to" ended next to a later date ("to approve the budget for next year")
  // and claimed it as a second decision.
  words: 'vote|votes|voted',
  kind: 'statement',
  cameo: '010',
  pos: 'verb',
  needs: 'speaker',
  unlessBefore: 'voters|electorate|residents|citizens|people|shareholders|members|fans|readers|viewers|listeners|delegates',
};

/**
 * "Rounds were held on 20 November and 18 December": rounds told held, opened or ended are talks, as "talks were
 * held" and "two rounds were held" are. A sentence's first word, capitalised, is read as a name and keeps its plural
 * as lemma, so the "round … hold" cue of vocabulary.ts missed it ('round': not rounds of shelling, mortar rounds).
 */
export const ROUNDS_HELD: Cue = {
  words: 'rounds … hold|held|open|opened|resume|resumed|begin|began|start|started|convene|convened|conclude|concluded|end|ended',
  kind: 'talks',
  cameo: '046',
  needs: 'round',
};

/**
 * "The mission has 240 monitors on the ground. The Union has promised to send 60 more in April": a force sending a
 * bare figure "more", its noun left out because troops were just named, deploys troops (154), as "send 60 more
 * monitors" would. nokind-conditions.ts asks for troops named in the sentence or the one before: "the bakery will
 * send 60 more on Friday" after a sentence on loaves is no deployment.
 */
export const SEND_MORE: Cue = {
  words: 'send|sends|sent|sending|dispatch|dispatches|dispatched|deploy|deploys|deployed|deploying @num more|others|extra|additional',
  kind: 'troops',
  cameo: '154',
  pos: 'verb',
  unlessNext: 'of',
};

/**
 * "The foreign minister spent two hours with President Sarrow this morning": time spent with a named person or a
 * person who negotiates is a meeting (040). nokind-conditions.ts asks for a name or a negotiator heading the phrase
 * after "with" ("the rebel delegation"): not "spent the weekend with his family", "spent two hours with the children".
 */
export const SPENT_WITH: Cue = { words: 'spend|spends|spent|spending … with', kind: 'talks', cameo: '040', pos: 'verb' };

/**
 * "The mission once had 2,400 observers. It now has about 1,300 people", "… the Force had close to 2,000 troops.
 * Today it has about 1,200, and by the end of August it will be down to 800", "KSM … now has about 6,400. It is due
 * to close at the end of the year", "On the last day of the year it will be gone": "it" standing for a force named
 * in the sentence before tells its level (150) or its end (0874), as the force's name would. nokind-conditions.ts
 * asks for "it" as the verb's subject and a force in the sentence before (a body of troops, or troops counted as had).
 */
export const IT_HAS_FIGURE: Cue = { words: 'has|had … @num', kind: 'troops', cameo: '150' };
export const IT_DOWN_TO: Cue = { words: 'be|is|are|was|were … down to @num', kind: 'troops', cameo: '0874' };
export const IT_GONE: Cue = { words: 'be|been|is|was gone', kind: 'troops', cameo: '0874', unlessNext: 'to|from|through|over' };
export const IT_CLOSES: Cue = { words: 'close|closes|closed|end|ends|ended', kind: 'troops', cameo: '0874', unlessNext: 'to|in|on|up|its|the|a|an|with|of' };

/**
 * Round 19e: "The Norrowan companies go home in mid-July", "the Kestrian detachment flew home": a company or a
 * detachment of a state, named by its demonym, going home is a force's return (0874), as "the battalion went home"
 * is. "company" is no troop word (a firm's, a theatre's), so the cue of vocabulary.ts asking for one missed it;
 * nokind-conditions.ts asks for the unit noun as the verb's subject with a capitalised state adjective right
 * before it, and no stage or trade word in the sentence ("the Bolshoi company went home after the tour").
 */
export const STATE_UNIT_HOME: Cue = {
  words: 'go|goes|went|gone|going|fly|flies|flew|flown|flying|sail|sails|sailed|sailing|head|heads|headed|return|returns|returned|returning home',
  kind: 'troops',
  cameo: '0874',
};


/**
 * Round 20: "Both armies pull back from the ridge", "the militia pulled out of the town on Sunday": an army pulling
 * back or out from a place withdraws its troops (0874), as "the army withdrew from the town" already is. The cue of
 * vocabulary.ts asks for troops as the object ("pulled its troops back"), so an army as the subject went unread.
 * nokind-conditions.ts asks for an armed body as the verb's subject and a place after "from" or "of": not "pulled back
 * from the brink", "pulled out of the deal", nor a firm or a candidate pulling out.
 */
export const ARMY_PULLS_BACK: Cue = { words: 'pull|pulls|pulled|pulling back|out from|of', kind: 'troops', cameo: '0874', pos: 'verb' };

/**
 * Round 20: "9,100: KSM uniformed personnel in early February", a fact box's line: a figure, a colon, then a force's
 * people named with a date is the force's level at that date (150), as "KSM had 9,100 personnel" is.
 * nokind-conditions.ts asks for the figure to open the line, no verb in it ("12: soldiers killed since May" is a
 * toll), and a troop word heading the phrase after the colon ("6: KSM bases left", "2,000: refugees" are none).
 */
export const FACT_BOX_LEVEL: Cue = { words: '@num :', kind: 'troops', cameo: '150' };

/**
 * Round 20: "The sailors at Ketta have until 30 September", "the last soldiers have until the end of June to leave": a
 * force given until a date has a deadline to be gone (0874). The cue asks for troops as the subject ('troopSubject');
 * nokind-conditions.ts asks that nothing but the date follows "until", or "to" and a verb of leaving ("have until
 * Friday to register" is a deadline of another kind).
 */
export const TROOPS_HAVE_UNTIL: Cue = { words: 'have|has|had until', kind: 'troops', cameo: '0874', needs: 'troopSubject' };

/**
 * Round 21: "The Dutch engineers left on 16 April", "the Kestrian company that landed on 13 December", "a Norrowan
 * detachment, which arrived in March": a state's unit, named by its demonym, arriving or leaving is a force's move (154, 0874), as "the battalion arrived" is. "company", "detachment"
 * and "engineers" are no troop words (a firm's, a builder's), so the cues asking for one missed them;
 * nokind-conditions.ts asks for the unit as the verb's subject (through "that", "which" or "who"), and soldiers, a
 * camp, a patrol or a mission named in the sentence or the one before ("Chinese engineers arrived to fix the dam" has
 * none).
 */
export const STATE_UNIT_ARRIVES: Cue = { words: 'arrive|arrives|arrived|land|lands|landed|come|came|reach|reaches|reached', kind: 'troops', cameo: '154' };
export const STATE_UNIT_LEAVES: Cue = { words: 'leave|leaves|left|depart|departs|departed', kind: 'troops', cameo: '0874', unlessNext: 'behind|over|alone|unchanged|intact' };

/**
 * Round 21: "the police took over the checkpoint from the peacekeepers", "local gendarmes take over the dam's perimeter
 * on Saturday": a force taking a post over from foreign troops, or a police force taking over a guarded place, is a
 * handover of security (087), as "the army took over the base" already is (that cue asks for a base among its
 * objects). nokind-conditions.ts asks for troops after "from", or a police body as the subject and a guarded place as
 * the object: not "took over the company from his father", "the police took over the investigation".
 */
export const TAKE_OVER_SECURITY: Cue = { words: 'take|takes|took|taking|taken over', kind: 'troops', cameo: '087' };

/**
 * Round 21: "Handover of the bridge perimeter to the national gendarmerie is planned for 20 April": a handover to a
 * security force is one of security (087), whatever is handed. nokind-conditions.ts asks for "to" and a force heading
 * the phrase after it in the clause, and no office or power handed ("the handover of power to the army").
 */
export const HANDOVER_TO_FORCE: Cue = { words: 'handover|handovers|hand-over', kind: 'troops', cameo: '087' };

/**
 * Round 21: "The battalion has patrolled the valley since its arrival in March", "the arrival of the Kestrian company
 * on 2 June": troops arriving, told by the noun (154), as "the arrival of 300 soldiers" is through its count.
 * nokind-conditions.ts asks for troops or a unit after "of", before "'s", or as the sentence's subject with "its" or
 * "their" before the noun: not "since his arrival", "the minister's arrival", "the arrival of winter".
 */
export const ARRIVAL: Cue = { words: 'arrival|arrivals', kind: 'troops', cameo: '154' };

/**
 * Round 21: "a company of about 150 is due at Camp Orla on Tuesday", "the second battalion is due in the capital in
 * March": a unit due somewhere or at a date arrives then (154), as a visitor due is visiting. nokind-conditions.ts asks for troops
 * or a unit heading the subject and "in", "at", "on", "by" or "to arrive" after "due": not "the payment is due on
 * Friday", "the soldiers are due in court".
 */
export const UNIT_DUE: Cue = { words: 'due', kind: 'troops', cameo: '154' };

/**
 * Round 21 (probe): "the minister conceded on 8 May that the drawdown had been too fast", "the spokesman retorted that
 * the army fired first", "the president posted on Sunday that …": verbs of saying the saying cue of vocabulary.ts does
 * not list, as many of them have other senses ("conceded a goal", "maintained the road", "recalled its ambassador",
 * "revealed a plaque"). nokind-probe.ts asks for "that" or a quotation after the verb, or a quotation closed before it
 * ("“…,” she conceded"); the cue asks for a speaker as the saying cue does.
 */
export const SAYING_THAT: Cue = {
  words:
    'concede|concedes|conceded|conceding|retort|retorts|retorted|counter|counters|countered|maintain|maintains|maintained|' +
    'disclose|discloses|disclosed|reveal|reveals|revealed|caution|cautions|cautioned|predict|predicts|predicted|suggest|' +
    'suggests|suggested|signal|signals|signalled|signaled|post|posts|posted|observe|observed|' +
    'assert|asserts|asserted|allege|alleges|alleged|complain|complains|complained|hint|hints|hinted|indicate|indicated',
  kind: 'statement',
  cameo: '010',
  pos: 'verb',
  needs: 'speaker',
};
export const POINTED_OUT: Cue = { words: 'point|points|pointed out', kind: 'statement', cameo: '010', pos: 'verb', needs: 'speaker' };

/**
 * Round 21 (probe): "the mayor hit back at the rebels on Tuesday", "hit back that the claims were lies": answering
 * criticism is criticising in turn (111). nokind-probe.ts asks for "at" or "that" or a quotation after "back", and no
 * weapon or "with" in the clause after ("the army hit back with air strikes" is force, the attack cues' business).
 */
export const HIT_BACK: Cue = { words: 'hit|hits|hitting back', kind: 'statement', cameo: '111', pos: 'verb', needs: 'speaker' };

/**
 * Round 21 (probe): "Negotiators reconvened in the capital on 2 May", "the talks reconvene on Monday": talks taken up
 * again by the negotiating parties (046), as "talks resumed" is. nokind-probe.ts asks for talks as the subject or two
 * parties ("the two delegations", "negotiators"): not "Parliament reconvened", "the court reconvenes".
 */
export const RECONVENE: Cue = { words: 'reconvene|reconvenes|reconvened|reconvening', kind: 'talks', cameo: '046' };

/**
 * Round 21 (probe): "the negotiators hammered out a draft text on 9 May", "a ceasefire hammered out in March":
 * working out a text of settlement is negotiating it (046). nokind-probe.ts asks for a text of settlement just after
 * "out", or just before the participle: not "hammered out a business plan" (no settlement text), "a budget".
 */
export const HAMMER_OUT: Cue = { words: 'hammer|hammers|hammered|hammering out', kind: 'talks', cameo: '046' };

/**
 * Round 21 (probe): "The battalion rotated home on 20 April", "the company rotates out in June", "the last unit was
 * stood down on 15 July", "the brigade stands down next month": a unit rotating home or out, or stood down, leaves
 * its tour (0874), as a unit flying home does. The cue asks for troops heading the subject ('troopSubject');
 * nokind-probe.ts refuses a standing down from an alert or a readiness ("troops stood down from high alert"), and a
 * person standing down from an office is no troop subject.
 */
export const ROTATES_HOME: Cue = { words: 'rotate|rotates|rotated|rotating home|out|back', kind: 'troops', cameo: '0874', pos: 'verb', needs: 'troopSubject' };
export const STOOD_DOWN: Cue = { words: 'stand|stands|stood|standing down', kind: 'troops', cameo: '0874', needs: 'troopSubject' };

/**
 * Round 21 (probe): "Eleven of her soldiers lost their lives that day", "two peacekeepers lost their lives near the
 * border on 3 May": troops losing their lives are casualties of force (190), as troops "killed" are. The cue asks for
 * troops heading the subject; nokind-probe.ts refuses a sentence of accident, illness or weather ("lost their lives
 * in a helicopter crash", "to the fever").
 */
export const LOST_LIVES: Cue = { words: 'lose|loses|lost|losing their|his|her|its life|lives', kind: 'attack', cameo: '190', needs: 'troopSubject' };

/**
 * Round 21 (probe): "Its signing, on 30 June, ended four years of fighting", "since the signing in March": the signing
 * of an accord named by the noun alone (057), the accord named in the sentence or the one before. nokind-probe.ts asks
 * for a determiner, a possessive or a date's "'s" right before "signing", an instrument of settlement in the sentence
 * or the one before (so it is a noun, however the tagger reads it), and no sport, book or contract word ("the club's record signing", "a book signing").
 */
export const SIGNING: Cue = { words: 'signing|signings', kind: 'talks', cameo: '057' };

// ── Round 21 (probe, second batch): oblique wordings of the four kinds ──

/** "Three soldiers were gunned down at a market", "gunmen gunned down the district chief": shooting dead (193). */
export const GUNNED_DOWN: Cue = { words: 'gun|guns|gunned|gunning down', kind: 'attack', cameo: '193', pos: 'verb' };

/**
 * "The downing of the helicopter on 3 May", "the storming of the police station on Friday": the attack named by its
 * verbal noun with what it struck after "of" (195, 190). nokind-probe.ts asks for a craft after "of" for the downing, a
 * building, post or place for the storming (not "the storming of the charts", "the downing of tools").
 */
export const DOWNING_OF: Cue = { words: 'downing of', kind: 'attack', cameo: '195' };
export const STORMING_OF: Cue = { words: 'storming of', kind: 'attack', cameo: '190' };

/** "The village came under sustained fire", "the base came under heavy attack": the older cue lets no modifier in
 * (and a free gap would read "came under criticism for the fire"). */
export const UNDER_FIRE: Cue = { words: 'come|comes|came|coming under heavy|sustained|intense|renewed|fresh|repeated|constant|direct|hostile|enemy|deadly|concerted|sporadic fire|attack|attacks|bombardment|shelling|assault', kind: 'attack', cameo: '190' };

/** "A mine tore through a bus", "the blast ripped through the market": an explosion told by its force (183). */
export const TORE_THROUGH: Cue = { words: 'mine|mines|bomb|bombs|blast|blasts|explosion|explosions|device|charge|shell|rocket|missile tore|tear|tears|tearing|ripped|rip|rips|ripping through', kind: 'attack', cameo: '183', tight: true };

/**
 * "The rebels sent a delegation to the capital on 3 May", "the government dispatched its envoy to the talks": a
 * party sending negotiators pays a visit (042).
 */
export const SENT_DELEGATION: Cue = { words: 'send|sends|sent|sending|dispatch|dispatches|dispatched|dispatching a|an|the|its|their|his|her … delegation|delegations|envoy|envoys|negotiators|negotiator|emissary|emissaries|mediator', kind: 'talks', cameo: '042', pos: 'verb', tight: true };


/** "The parties initialled a draft accord", "the two sides inked a truce": signing it (057), as "signed" is. */
export const INITIALLED: Cue = { words: 'initialled|initialed|initialling|inked|inking … agreement|deal|accord|ceasefire|truce|treaty|pact|protocol|memorandum|armistice', kind: 'talks', cameo: '057' };

/** "The two sides exchanged proposals on 10 May": negotiating (046); "exchanged fire" is not among these nouns. */
export const EXCHANGED_PROPOSALS: Cue = { words: 'exchange|exchanges|exchanged|exchanging … proposals|drafts|counter-proposals|counterproposals|texts|positions', kind: 'talks', cameo: '046', tight: true };

/** "The two sides went back to the table", "returned to the negotiating table": talks resumed (046). The cue asks
 * for two parties or negotiators ('table'): not "the family went back to the table". */
export const BACK_TO_TABLE: Cue = { words: 'back|return|returned|returns|returning to the … table', kind: 'talks', cameo: '046', tight: true, needs: 'table' };

/** "The president addressed the nation on 3 May", "the minister addressed parliament": a speech (010). (Not the
 * troops: a minister addressing a unit is visiting it.) */
export const ADDRESSED: Cue = { words: 'address|addresses|addressed|addressing the|a … nation|parliament|assembly|rally|lawmakers|legislators|congress|senate|crowd|supporters|conference', kind: 'statement', cameo: '010', pos: 'verb', tight: true, needs: 'speaker' };

/** "The general briefed reporters on 6 May": a statement to the press (010). */
export const BRIEFED: Cue = { words: 'brief|briefs|briefed|briefing … reporters|journalists|press|media|parliament|lawmakers|council|ambassadors|diplomats', kind: 'statement', cameo: '010', tight: true, needs: 'speaker' };
// The same with no determiner ("addressed parliament on Tuesday") and a body named in full ("briefed the Security
// Council"): round 21's probes of statements wrote these as a second cue list; one list, one guard.
export const ADDRESSED_BARE: Cue = { words: 'address|addresses|addressed|addressing nation|parliament|congress|senate|lawmakers|legislators|troops|delegates', kind: 'statement', cameo: '010', pos: 'verb', needs: 'speaker' };
export const BRIEFED_BODY: Cue = { words: 'briefed the … council|committee|cabinet|parliament', kind: 'statement', cameo: '010', needs: 'speaker' };

/** "The government lashed out at the rebels on 9 May": criticism (111); nokind-probe.ts refuses force after it. */
export const LASHED_OUT: Cue = { words: 'lash|lashes|lashed|lashing out', kind: 'statement', cameo: '111', pos: 'verb', needs: 'speaker' };

/** "The mayor spoke out on 8 May against the curfew": a statement (010). */
export const SPOKE_OUT: Cue = { words: 'speak|speaks|spoke|spoken|speaking out', kind: 'statement', cameo: '010', pos: 'verb', needs: 'speaker' };

/** "The minister apologised on 4 May for the raid": a statement (010). */
export const APOLOGISED: Cue = { words: 'apologise|apologises|apologised|apologising|apologize|apologizes|apologized|apologizing', kind: 'statement', cameo: '010', pos: 'verb', needs: 'speaker' };

/**
 * "The army beefed up its presence along the border", "beefed up the garrison": a force increased (154), as
 * "bolstered" is. The cue asks for troops or a presence as the object ('troops').
 */
export const BEEFED_UP: Cue = { words: 'beef|beefs|beefed|beefing up', kind: 'troops', cameo: '154', needs: 'troops' };

/** "Reinforcements poured into the valley", "reinforcements arrived on Friday": a force increased (154), told by the
 * noun as the subject of a verb of arriving (a "reinforcement" of flood walls arrives nowhere). */
export const REINFORCEMENTS_ARRIVE: Cue = { words: 'reinforcements … arrive|arrived|arrives|arriving|poured|pour|pouring|reached|landed|flew|moved|rushed|streamed|headed', kind: 'troops', cameo: '154' };

/**
 * "The mission wound up its operations on 30 April", "the force will wind up by June": a force ending its work
 * (0874). nokind-probe.ts asks for a mission, force, deployment or presence as the subject, or operations, a mission
 * or a presence as the object: not "the company wound up its business", "wound up in hospital".
 */
export const WOUND_UP: Cue = { words: 'wind|winds|winding|wound up', kind: 'troops', cameo: '0874' };

/** "The force is now 1,200 strong": a force's strength (150). The cue asks for troops heading the subject. */
export const FIGURE_STRONG: Cue = { words: '@num strong', kind: 'troops', cameo: '150', needs: 'troopSubject' };

/** "The troops are being brought home from 1 June", "the last marines were flown home": troops taken home (0874). */
export const TROOPS_BROUGHT_HOME: Cue = { words: '@troops … brought|taken|shipped|ferried|airlifted home', kind: 'troops', cameo: '0874' };

export const NOKIND_CUES: readonly Cue[] = [PASSIVE_AGREED, PERFECT_PASSIVE_AGREED, PARTIES_ACCEPT, BODY_VOTED, ROUNDS_HELD, SEND_MORE, SPENT_WITH, IT_HAS_FIGURE, IT_DOWN_TO, IT_GONE, IT_CLOSES, STATE_UNIT_HOME, ARMY_PULLS_BACK, FACT_BOX_LEVEL, TROOPS_HAVE_UNTIL, STATE_UNIT_ARRIVES, STATE_UNIT_LEAVES, TAKE_OVER_SECURITY, HANDOVER_TO_FORCE, ARRIVAL, UNIT_DUE, SAYING_THAT, POINTED_OUT, HIT_BACK, RECONVENE, HAMMER_OUT, ROTATES_HOME, STOOD_DOWN, LOST_LIVES, SIGNING, GUNNED_DOWN, DOWNING_OF, STORMING_OF, UNDER_FIRE, TORE_THROUGH, SENT_DELEGATION, INITIALLED, EXCHANGED_PROPOSALS, BACK_TO_TABLE, ADDRESSED, BRIEFED, ADDRESSED_BARE, BRIEFED_BODY, LASHED_OUT, SPOKE_OUT, APOLOGISED, BEEFED_UP, REINFORCEMENTS_ARRIVE, WOUND_UP, FIGURE_STRONG, TROOPS_BROUGHT_HOME];
