// Round 21, second kinds pass, second probe: sentences of our own on mutinies, border incidents, customs, courts and
// disasters, where harm words name no attack at the date and troop counts no force.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string) => classifySentence(sentence, sentence.indexOf(at))?.type ?? null;

describe('round 21 probes: fire traded', () => {
  it('exchanging or trading fire is an attack', () => {
    expect(kind('Border police from both countries exchanged fire across the river on Sunday.', 'on Sunday')).toBe('attack');
    expect(kind('The two sides traded shots overnight on Tuesday.', 'on Tuesday')).toBe('attack');
    expect(kind('Troops and rebels exchanged heavy fire near the airport on Monday.', 'on Monday')).toBe('attack');
  });
  it('exchanging letters is not', () => {
    expect(kind('The two leaders exchanged letters on Monday.', 'on Monday')).not.toBe('attack');
  });
});

describe('round 21 probes: no force used', () => {
  it('a controlled explosion and goods seized by customs are no attack', () => {
    expect(kind('The army carried out a controlled explosion of an old shell on Monday.', 'on Monday')).toBeNull();
    expect(kind('Customs officers seized 2 tonnes of cocaine at the port on Monday.', 'on Monday')).toBeNull();
    expect(kind('Police seized counterfeit goods worth $2 million on Monday.', 'on Monday')).toBeNull();
  });
  it('a bomb going off and ground seized still are', () => {
    expect(kind('A bomb exploded in the market on Monday.', 'on Monday')).toBe('attack');
    expect(kind('Rebels seized the airport on Monday.', 'on Monday')).toBe('attack');
  });
});

describe('round 21 probes: natural and accidental hazards', () => {
  it('storms, earthquakes, floods and house fires that kill are no attack', () => {
    expect(kind('Storms killed 12 people in the north on Monday.', 'on Monday')).toBeNull();
    expect(kind('A fire killed three workers at the refinery on Monday.', 'on Monday')).toBeNull();
    expect(kind('The earthquake killed 40 people on Monday.', 'on Monday')).toBeNull();
    expect(kind('Four children died in a house fire on Monday.', 'on Monday')).toBeNull();
    expect(kind('Nine people were killed in flash floods on Monday.', 'on Monday')).toBeNull();
  });
  it('fire a force fires, a fire someone set, and a storm beside an attack stay attacks', () => {
    expect(kind('Two soldiers were killed by mortar fire on Monday.', 'on Monday')).toBe('attack');
    expect(kind('Two men died in the blaze after rebels set the depot alight on Monday.', 'on Monday')).toBe('attack');
    expect(kind('Gunmen opened fire on worshippers during a storm on Monday.', 'on Monday')).toBe('attack');
    expect(kind('Rebels shelled the town on Monday, days after floods killed 12 people.', 'on Monday')).toBe('attack');
  });
});

describe('round 21 probes: what a trial or a charge is about', () => {
  it('an attack named by a charge is not told at the trial\'s date', () => {
    expect(kind('A man accused of the 2041 bombing went on trial on Tuesday.', 'on Tuesday')).toBeNull();
    expect(kind('Two men were jailed for life on Friday for the attack on the embassy.', 'on Friday')).toBeNull();
    expect(kind('The inquiry into the ambush opened in the capital on Monday.', 'on Monday')).toBeNull();
    expect(kind('The court acquitted three officers charged with the 2043 killings on Tuesday.', 'on Tuesday')).toBeNull();
  });
  it('but a date at the noun itself is the attack\'s', () => {
    expect(kind('A man was charged on Monday with the bombing on 3 May.', 'on 3 May')).toBe('attack');
    expect(kind('Gunmen attacked the court on Tuesday.', 'on Tuesday')).toBe('attack');
  });
});

describe('round 21 probes: soldiers dealt with by a court or a commander', () => {
  it('a count pardoned, acquitted or court-martialled is no force', () => {
    expect(kind('The president pardoned 40 soldiers jailed for the mutiny on Monday.', 'on Monday')).toBeNull();
    expect(kind('Twelve soldiers were court-martialled on Monday.', 'on Monday')).toBeNull();
  });
  it('a count sent, deployed or had still is', () => {
    expect(kind('The army sent 300 soldiers to the border on Friday.', 'on Friday')).toBe('troops');
    expect(kind('About 300 soldiers were deployed to the border on Friday.', 'on Friday')).toBe('troops');
    expect(kind('The force had 3,000 soldiers in March.', 'in March')).toBe('troops');
  });
});

describe('round 21 probes: hostages named as people', () => {
  it('the hostages freed, filmed or mourned are no taking at that date', () => {
    expect(kind('The hostages were freed on Monday.', 'on Monday')).toBeNull();
    expect(kind('The rebels released a video of the hostages on Monday.', 'on Monday')).toBeNull();
  });
  it('a taking told is an attack', () => {
    expect(kind('Mutineers took their commanding officer hostage on Tuesday.', 'on Tuesday')).toBe('attack');
    expect(kind('Two aid workers were taken hostage on Tuesday.', 'on Tuesday')).toBe('attack');
    expect(kind('Gunmen seized 12 hostages at the hotel on Tuesday.', 'on Tuesday')).toBe('attack');
    expect(kind('The hostage-taking at the embassy began on Tuesday.', 'on Tuesday')).toBe('attack');
  });
});

describe('round 21 probes: a third batch (a coup\'s aftermath)', () => {
  it('initialling an accord is signing it', () => {
    expect(kind('Negotiators initialled the draft accord on Friday.', 'on Friday')).toBe('talks');
    expect(kind('The two sides initialed a ceasefire text on Friday.', 'on Friday')).toBe('talks');
  });
  it('an agency named by its field is a body that speaks', () => {
    expect(kind('The UN refugee agency said on Saturday that 40,000 people had fled.', 'on Saturday')).toBe('statement');
    expect(kind('The national cyber agency confirmed the attribution on 16 November.', 'on 16 November')).toBe('statement');
    expect(kind("Ardena's space agency announced the launch on Monday.", 'on Monday')).toBe('statement');
  });
  it('a news agency, or an agency unnamed, only attributes', () => {
    expect(kind('The state news agency said on Saturday that the president was well.', 'on Saturday')).toBeNull();
    expect(kind('The agency said on Saturday that the president was well.', 'on Saturday')).toBeNull();
  });
  it('the bodies of soldiers recovered are the dead, no force', () => {
    expect(kind('Navy divers recovered the bodies of two sailors on Sunday.', 'on Sunday')).toBeNull();
  });
});
