// Round 21 mend A: the round-21 probe cues read beyond their senses — criticism "under fire", a CEO addressing a
// conference, a coach briefing reporters, a retailer posting losses, a striker conceding, a refinery winding up, a
// celebrity lashing out, officers lost in a road accident, a union back at the table, the storming of a pitch.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';

const kind = (sentence: string, at: string, previous?: string) => classifySentence(sentence, sentence.indexOf(at), previous)?.type ?? null;
const cue = (sentence: string, at: string, previous?: string) => classifySentence(sentence, sentence.indexOf(at), previous)?.cue ?? null;

describe('mend A: criticism is no fire', () => {
  it('came under fire from speakers or over a topic', () => {
    expect(kind('The minister came under heavy fire from opposition MPs on Tuesday over the housing plan.', 'on Tuesday')).toBeNull();
    expect(kind('The referee came under intense fire from fans on Saturday after the penalty decision.', 'on Saturday')).toBeNull();
    // (Another cue may read the sentence; this one must not.)
    expect(cue('The bank came under renewed attack from regulators on Monday.', 'on Monday') ?? '').not.toMatch(/under/);
    expect(kind('The governor came under heavy fire from critics on Monday.', 'on Monday')).toBeNull();
    // (Another cue may read the sentence; this one must not.)
    expect(cue('The president came under sustained attack on Monday over his tax plan.', 'on Monday') ?? '').not.toMatch(/under/);
  });
  it('still fire from armed men, or near a place', () => {
    expect(kind('The patrol came under heavy fire from militants on Monday.', 'on Monday')).toBe('attack');
    expect(kind('The convoy came under heavy fire near Kadori on Monday.', 'on Monday')).toBe('attack');
    expect(kind('The village came under sustained fire on 2 May.', 'on 2 May')).toBe('attack');
  });
});

describe('mend A: speeches and briefings of public speakers only', () => {
  it('not a frontman, a CEO, a coach or an agency head', () => {
    expect(kind("The band's frontman addressed the crowd at the festival on Saturday.", 'on Saturday')).toBeNull();
    expect(kind('The CEO addressed the conference in Berlin on Wednesday.', 'on Wednesday')).toBeNull();
    // (Another cue may read the sentence; this one must not.)
    expect(cue('The coach briefed reporters on Friday about the striker\'s injury.', 'on Friday') ?? '').not.toMatch(/brief/);
    expect(kind("The head of the space agency briefed journalists on Monday on the rover's findings.", 'on Monday')).toBeNull();
    expect(kind('The author addressed the assembly of readers on Friday.', 'on Friday')).toBeNull();
  });
  it('still a president addressing the nation, a general briefing reporters', () => {
    expect(kind('The president addressed the nation on 3 May.', 'on 3 May')).toBe('statement');
    expect(kind('The prime minister addressed the assembly on Tuesday.', 'on Tuesday')).toBe('statement');
    expect(kind('The general briefed reporters on 6 May.', 'on 6 May')).toBe('statement');
  });
});

describe('mend A: new saying verbs', () => {
  it('no relative clause read as the saying, no private speakers', () => {
    expect(kind('The retailer posted record losses on Monday that shocked analysts.', 'on Monday')).toBeNull();
    expect(kind('The ministry posted record tax receipts on Monday that surprised economists.', 'on Monday')).toBeNull();
    expect(kind('The striker conceded on Saturday that his miss had cost the team the title.', 'on Saturday')).toBeNull();
    expect(kind('The singer posted on Sunday that her tour was cancelled.', 'on Sunday')).toBeNull();
    expect(kind('Astronomers observed on Thursday that the comet had split in two.', 'on Thursday')).toBeNull();
    expect(kind('The tennis star maintained on Friday that she was fit to play.', 'on Friday')).toBeNull();
    expect(kind('The company disclosed on Monday that profits had fallen.', 'on Monday')).toBeNull();
    expect(kind('The central bank signalled on Wednesday that rates would rise.', 'on Wednesday')).toBeNull();
  });
  it('still a minister conceding, a spokesman retorting', () => {
    expect(kind('The minister conceded on 8 May that the drawdown had been too fast.', 'on 8 May')).toBe('statement');
    expect(kind('The army maintained on Friday that its troops had fired in self-defence.', 'on Friday')).toBe('statement');
  });
});

describe('mend A: winding up, lashing out, lives lost', () => {
  it('not a refinery, a tycoon, a pop star, a road accident', () => {
    expect(kind('The refinery wound up its operations on 30 April.', 'on 30 April')).toBeNull();
    expect(kind('Elon Musk lashed out at regulators on Monday.', 'on Monday')).toBeNull();
    expect(kind('Taylor Swift spoke out on Tuesday against online abuse.', 'on Tuesday')).toBeNull();
    // (Another cue may read the sentence; this one must not.)
    expect(cue('Two police officers lost their lives when their car left the road on Thursday.', 'on Thursday') ?? '').not.toMatch(/lost|lives/);
    // (Another cue may read the sentence; this one must not.)
    expect(cue('Three soldiers lost their lives when their bus crashed on Thursday.', 'on Thursday') ?? '').not.toMatch(/lost|lives/);
  });
  it('still a mission winding up, a president lashing out, soldiers killed', () => {
    expect(kind('The mission wound up its operations on 30 April.', 'on 30 April')).toBe('troops');
    expect(kind('President Marr lashed out at the rebels on Monday.', 'on Monday')).toBe('statement');
    expect(kind('The government lashed out at the rebels on 9 May.', 'on 9 May')).toBe('statement');
    expect(kind('Two peacekeepers lost their lives near the border on 3 May.', 'on 3 May')).toBe('attack');
  });
});

describe('mend A: talks of labour, sport and trade', () => {
  it('no union, league, lawmakers or federation', () => {
    expect(kind("The teachers' union and the ministry went back to the table on Thursday.", 'on Thursday')).toBeNull();
    expect(kind('The league and the players hammered out a deal on Thursday to end the lockout.', 'on Thursday')).toBeNull();
    expect(kind('Lawmakers hammered out a compromise on the farm bill on Wednesday.', 'on Wednesday')).toBeNull();
    expect(kind('The chess federation dispatched its envoy to the tournament on Sunday.', 'on Sunday')).toBeNull();
  });
  it('still the parties of a conflict', () => {
    expect(kind('The negotiators hammered out a draft text on 9 May.', 'on 9 May')).toBe('talks');
    expect(kind('The two sides went back to the table on 12 May.', 'on 12 May')).toBe('talks');
    expect(kind('The rebels sent a delegation to the capital on 3 May.', 'on 3 May')).toBe('talks');
  });
});

describe('mend A: the storming of a pitch', () => {
  it('is no attack', () => {
    expect(kind('Fans celebrated the storming of the pitch on Saturday.', 'on Saturday')).toBeNull();
    expect(kind('The storming of the police station on Friday killed two officers.', 'on Friday')).toBe('attack');
  });
});

describe('mend A: a month is a whole month word', () => {
  it('an object whose word starts like a month is no date: its "that" opens a relative clause', () => {
    // A month's stem with any tail had taken "marriage" and "decisions" for months, so the object did not stop the cue.
    expect(kind('The minister revealed marriage plans on Monday that surprised her aides.', 'on Monday')).toBeNull();
    expect(kind('The president disclosed decisions on Friday that angered the opposition.', 'on Friday')).toBeNull();
    expect(kind('The minister revealed Monday that the troops would stay.', 'Monday')).toBe('statement');
  });
});
