// Fourteenth round of kind rules (issue 4), each on sentences of our own: precedence between cues of several kinds in
// one clause, and vocabulary for tellings that named no kind (grouped from the read sets' misses, holdout5-holdout11).
import { describe, it } from 'vitest';
import { checkKind as check } from '../helpers/kind-cases.js';

describe('round 14 kinds: precedence', () => {
  it('an attack verb against a force or base it strikes is the attack, not a troop presence', () => {
    check(['Drones struck the Coastal Defence Force\'s forward base at Orlo on 5 June.', 'on 5 June', 'attack']);
    check(['Gunmen fired on the Border Guard\'s main garrison at Tull on Monday.', 'on Monday', 'attack']);
    // Troops stationed there, told by their own verb, stay troops; a count beside no attack verb too.
    check(['About 400 soldiers are now based at Orlo, the ministry said on Monday.', 'on Monday', 'statement']);
    check(['The Coastal Defence Force based 300 marines at Orlo in June.', 'in June', 'troops']);
  });

  it('a named body deciding is a statement at the decision\'s date; the move it decides keeps its own', () => {
    check(['The Pact\'s council decided on Monday that the force should be cut to 700 soldiers by the end of June.', 'on Monday', 'statement', '010']);
    check(['On Monday the Pact\'s council agreed that the force should be cut to 700 soldiers.', 'On Monday', 'statement', '010']);
    // Two parties agreeing are talks; a question put to a minister decides nothing.
    check(['On Monday the two sides agreed that the prisoners would be exchanged.', 'On Monday', 'talks']);
    check(['Does the minister agree that, had the frigate been there in May, the port would be safe?', 'in May', null]);
    check(['The council will decide in June whether to renew the mandate.', 'in June', null]);
  });

  it('a noun with its date after "of" is that noun\'s', () => {
    check(['Fishermen asked the Pact to reverse its decision of 4 May to cut the force to 700 soldiers by the end of June.', '4 May', 'statement']);
    check(['Nobody has claimed the raid of 12 August on the fuel depot.', '12 August', 'attack']);
  });
});

describe('round 14 kinds: vocabulary', () => {
  it('the instruments of CAMEO 057 besides a deal: a protocol, an understanding, a convention', () => {
    check(['The rebels signed an understanding with the government on 3 October.', 'on 3 October', 'talks', '057']);
    check(['The Arden Protocol, signed in Pellow in March, ended two years of fighting.', 'in March', 'talks', '057']);
    check(['The herders and the ranchers signed the water convention on Friday.', 'on Friday', 'talks', '057']);
    // A saying about the protocol at its signing is no signing: the speaker's words.
    check(['The minister, who at Friday\'s signing called the protocol "a first step", left early.', 'Friday', 'statement']);
    check(['It is my understanding that the treaty was read aloud on Friday.', 'on Friday', null]);
  });

  it('shaking hands, and travelling to see someone, are meetings', () => {
    check(['On 9 June the governor and the rebel commander shook hands at the ferry landing.', 'On 9 June', 'talks', '040']);
    check(['In early May the envoy crossed the border to see Colonel Marr in Tull.', 'In early May', 'talks', '042']);
    check(['On Friday the minister flew to Osk to see the president.', 'On Friday', 'talks']);
    // Seeing the damage, or whether something holds, is no meeting; nor shaking hands with a crowd.
    check(['On Friday the minister went down to the harbour to see the damage.', 'On Friday', null]);
    check(['The mayor shook hands with supporters outside the hall on Friday.', 'on Friday', null]);
  });

  it('a handover to a security force, whatever is handed and however it is named, and taking a base over', () => {
    check(['On Sunday the mission handed the northern checkpoint to the Ardish border police.', 'On Sunday', 'troops', '087']);
    check(['The mission is due to hand the eastern harbour to the country\'s own coastguard on 2 July.', 'on 2 July', 'troops', '087']);
    check(['On Saturday the escort fleet handed the inner shipping lane to the Velish Coastguard.', 'On Saturday', 'troops', '087']);
    check(['The Ardish army is due to take over Fort Kell in mid-June.', 'in mid-June', 'troops', '087']);
    // Handing a letter to an ambassador, or a station named by the police, is no handover of ground.
    check(['On Sunday the mayor handed the petition to the ambassador.', 'On Sunday', null]);
    check(['On Sunday the mayor took over the chairmanship of the council.', 'On Sunday', null]);
  });

  it('troops reaching a place arrive, and troops that left in a month left', () => {
    check(['The third battalion reached Pellow in early April.', 'in early April', 'troops', '154']);
    check(['The first Kestrian trainers left in late March.', 'in late March', 'troops', '0874']);
    check(['Our first contingent left in February.', 'in February', 'troops', '0874']);
    // Reaching a deal is no arrival; left in place is no departure.
    check(['The two armies reached an agreement on the buffer zone in April.', 'in April', 'talks']);
    check(['About 200 soldiers were left in place in May.', 'in May', 'troops', '150']);
  });
});

describe('round 14 kinds: more vocabulary from the codebooks', () => {
  it('arms of service are troops', () => {
    check(['Pellow\'s 900 sappers and infantry went home late last year.', 'late last year', 'troops', '0874']);
    check(['About 300 gunners arrived in Tull on Monday.', 'on Monday', 'troops', '154']);
    // Engineers stay out: as often civilians.
    check(['About 30 engineers went home on Monday.', 'on Monday', null]);
  });

  it('a force at its peak, told by the figure alone', () => {
    check(['The force peaked at 2,100 in May 2026, its own figures show.', 'May 2026', 'troops', '150']);
    check(['Prices peaked at 2,100 in May.', 'in May', null]);
  });

  it('a unit put into service or declared operational is deployed', () => {
    check(['12 March - A second battery goes into service in Tull.', '12 March', 'troops', '154']);
    check(['The second battalion was declared operational on Monday.', 'on Monday', 'troops', '154']);
    check(['The new ferry went into service in May.', 'in May', null]);
    check(['The airport was declared operational on Monday.', 'on Monday', null]);
  });

  it('speaking to the press is a statement, speaking to a party is talks', () => {
    check(['The minister spoke to reporters on Thursday.', 'on Thursday', 'statement', '010']);
    check(['The governor talked to state radio on Friday.', 'on Friday', 'statement', '010']);
    check(['The minister spoke to the envoy on Thursday.', 'on Thursday', 'talks']);
  });

  it('fighting hand to hand with clubs or stones is a clash', () => {
    check(['On 4 October young men beat each other with clubs on the frozen shore.', 'On 4 October', 'attack', '193']);
    check(['Border patrols fought with stones and iron bars on Tuesday.', 'on Tuesday', 'attack']);
    check(['The hosts beat the visitors with ease on Sunday.', 'on Sunday', null]);
  });
});

describe('round 14 kinds: coming to a place, a unit firing', () => {
  it('a person coming to a place visits it; what comes to power, an end or light does not, nor the writer', () => {
    check(['The envoy came to Osk on 12 May to see the governor.', 'on 12 May', 'talks', '042']);
    check(['The war came to an end in May.', 'in May', null]);
    check(['The rebels came to power in 2019.', 'in 2019', null]);
    check(['Help came to the village on Monday.', 'on Monday', null]);
    check(['I first came to Osk in 2016, when the Kestrians were new.', 'in 2016', null]);
  });

  it('a unit or weapon firing with no object uses force; firing someone does not', () => {
    check(['The second battery reached Tull in early May, and a third, in Osk, fired for the first time on 21 May, bringing down a drone.', '21 May', 'attack']);
    check(['The garrison fired all night on Monday.', 'on Monday', 'attack', '193']);
    check(['The army fired its chief of staff on Monday.', 'on Monday', null]);
  });
});

describe('round 14 kinds: shared subjects, pullbacks of guns, flags, mandates', () => {
  it('a verb phrase joined by "and" shares its subject\'s development', () => {
    check(['OSK, Jan. 21 (NNA) - Gunmen in two skiffs fired on the bridge of the tanker Vell Star and boarded her south of Tull early on Saturday, the navy said.', 'early on Saturday', 'attack']);
    check(['Rebels shelled the port and then withdrew on Saturday.', 'on Saturday', 'troops']);
    // A new subject after "and" tells its own clause; a saying only frames.
    check(['Rebels shelled the port, and the ferry sailed on Saturday.', 'on Saturday', null]);
    check(['The minister said the talks had failed and left Osk on Monday.', 'on Monday', null]);
  });

  it('and the other way round: a date in the first verb phrase dates the one joined to it', () => {
    // (Round 16 made standing beside a leader a meeting, so the first verb phrase here is one of no kind.)
    check(['On 17 January Renn stood in the rain at the port in Osk and promised a second battery.', 'On 17 January', 'statement', '030']);
    check(['On Friday the rebels crossed the river and seized two villages.', 'On Friday', 'attack']);
    check(['Oil exports rose in March and prices fell.', 'in March', null]);
    check(['On Monday the envoy stayed in Osk and then flew home.', 'On Monday', null]);
  });

  it('going to a place "to see" someone is a visit, whatever boat was taken', () => {
    check(['In late February the bishop took a fishing boat to Tull to see Jon Marr.', 'late February', 'talks', '042']);
  });

  it('heavy weapons moving back are a pullback; a flag lowered over a base a handover', () => {
    check(['The guns moved back from the river in mid-May.', 'in mid-May', 'troops', '0874']);
    check(['In mid-May the Kestrian flag came down over Fort Kell for the last time.', 'In mid-May', 'troops', '087']);
    check(['The flag was lowered over the base on Monday.', 'on Monday', 'troops', '087']);
    check(['Flags were lowered to half-mast on Monday.', 'on Monday', null]);
    check(['Prices moved back up in May.', 'in May', null]);
  });

  it('a mandate renewed or extended is its backers\' decision', () => {
    check(['That is the same council that renewed the mandate last June.', 'last June', 'statement', '010']);
    check(['The mandate was extended in June 2029.', 'June 2029', 'statement', '010']);
    check(['The lease was extended in June 2029.', 'June 2029', null]);
  });
});

describe('round 14 kinds: a force set up, arrangements agreed, a paper by its name', () => {
  it('a force or mission established is deployed, a task force or a trade mission is not', () => {
    check(['The Vell Stabilisation Mission was established by the Council of States in 2017.', 'in 2017', 'troops', '154']);
    check(['A task force was set up in May.', 'in May', null]);
    check(['A trade mission was established in May.', 'in May', null]);
    check(['The Northern Pact\'s naval force was formed in March 2026.', 'in March 2026', 'troops', '154']);
  });

  it('agreeing an arrangement is talks; agreeing a budget is not', () => {
    check(['Aug. 2019 — Corps commanders agree a buffer zone at Tull after a long face-off.', 'Aug. 2019', 'talks', '046']);
    check(['The council agreed the budget on Monday.', 'on Monday', null]);
  });

  it('speaking to a paper named by its title is a statement', () => {
    check(['Ada Renn spoke to the Morning Herald at her office on Thursday.', 'on Thursday', 'statement', '010']);
  });
});

describe('round 14 kinds: leaving talks, troops rushed in', () => {
  it('a party leaving talks or suspending its part in them announces it; an army leaving a town withdraws', () => {
    check(['The rebels withdrew from the negotiations on Monday.', 'on Monday', 'statement', '010']);
    check(['The rebels pulled out of the talks on Monday.', 'on Monday', 'statement', '010']);
    check(['On Monday its delegation suspended its participation in the talks.', 'On Monday', 'statement', '010']);
    check(['The army withdrew from the town on Monday.', 'on Monday', 'troops', '0874']);
  });

  it('troops rushed or airlifted somewhere arrive', () => {
    check(['The brigades were rushed into the valley in January.', 'in January', 'troops', '154']);
    check(['Two companies of paratroopers were airlifted to Tull on Friday.', 'on Friday', 'troops']);
    check(['Supplies were rushed into the valley in January.', 'in January', null]);
  });
});

describe('round 14 kinds: a negotiator coming back', () => {
  it('a named person or envoy returning to a place visits it; calm, refugees or a man back in office do not', () => {
    check(['Battery Two will leave Tull in September, and Renn will return to Osk in July to settle the fate of the last battery.', 'in July', 'talks', '042']);
    check(['The envoy is expected back in Osk on Friday.', 'on Friday', 'talks', '042']);
    check(['Calm returned to the city on Monday.', 'on Monday', null]);
    check(['The refugees returned to Tull in May.', 'in May', null]);
    check(['Renn was back in office in May.', 'in May', null]);
  });
});
