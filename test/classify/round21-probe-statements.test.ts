// Round 21, third kinds pass (statements): failures found by probing with articles of our own (an election observer
// mission, a naval incident's live blog, a ministry's reply to a sanctions panel, a ceasefire commission's week).
// Every sentence here is our own.
import { describe, expect, it } from 'vitest';
import { classifySentence } from '../../src/classify/classify-sentence.js';
import { tokens } from '../../src/nlp/wink.js';
import { anonymousSpeaker } from '../../src/classify/anonymous-speaker.js';
import { workNarrates } from '../../src/classify/work-narration.js';

const kind = (sentence: string, at: string, previous?: string) => classifySentence(sentence, sentence.indexOf(at), previous)?.type ?? null;
const at = (sentence: string, word: string) => tokens(sentence).findIndex((t) => t.text === word);

describe('round 21 probes: a source that withholds its name makes no statement', () => {
  it('a relative clause, a fronted participle or an inverted "said" withholding the name', () => {
    expect(kind('A senior official who asked not to be named said on Monday that the army had been put on alert.', 'on Monday')).toBeNull();
    expect(kind('A diplomat who spoke on condition of anonymity told reporters on Tuesday that the talks had stalled.', 'on Tuesday')).toBeNull();
    expect(kind('Speaking on condition of anonymity, a commander said on Sunday that the convoy would turn back.', 'on Sunday')).toBeNull();
    expect(kind('A Western diplomat, who asked not to be named, said on Monday the envoy would return.', 'on Monday')).toBeNull();
    expect(kind('An aide, who was not authorised to speak to the press, confirmed on Friday that the minister would resign.', 'on Friday')).toBeNull();
    const inverted = 'The plan is dead, said a minister who declined to be identified.';
    expect(anonymousSpeaker(tokens(inverted), at(inverted, 'said'))).toBe(true);
  });
  it('unnamed people heading a "who" clause with no comma are a crowd', () => {
    expect(kind('People who spoke to this newspaper on Friday said they had not been paid.', 'on Friday')).toBeNull();
  });
  it('but a named speaker, or anonymity told of someone else, keeps the statement', () => {
    expect(kind('The minister, who took office in March, said on Monday that the budget would pass.', 'on Monday')).toBe('statement');
    expect(kind('Interior Minister Ada Kell said on Monday that officials who asked not to be named had leaked the plan.', 'on Monday')).toBe('statement');
    expect(kind('The rebel spokesman, who spoke to reporters on Tuesday, denied the attack.', 'on Tuesday')).toBe('statement');
    const named = 'Foreign Minister Ola Brandt, who asked the council to act, said the plan was dead.';
    expect(anonymousSpeaker(tokens(named), at(named, 'said'))).toBe(false);
  });
});

describe('round 21 probes: a film, book, play or sign tells no statement', () => {
  it('a made thing as the subject of a reporting verb', () => {
    expect(kind('A documentary screened on state television on Monday told the story of the election riots.', 'on Monday')).toBeNull();
    expect(kind('A film shown at the festival on Wednesday tells the story of the first ceasefire.', 'on Wednesday')).toBeNull();
    expect(kind('A book published on Tuesday says the truce was born of exhaustion.', 'on Tuesday')).toBeNull();
    expect(kind('A banner at the rally on Saturday said the war must end.', 'on Saturday')).toBeNull();
  });
  it('but a person, a body, or a book whose author is named after "by", still speaks', () => {
    expect(kind('The director of the film said on Monday that the riots had been forgotten.', 'on Monday')).toBe('statement');
    expect(kind('The ministry told the story of the rescue in a statement on Monday.', 'on Monday')).toBe('statement');
    const authored = 'A memoir by the former president says the truce was a mistake.';
    expect(workNarrates(tokens(authored), at(authored, 'says'))).toBe(false);
    const film = 'The festival\'s opening film tells of the siege.';
    expect(workNarrates(tokens(film), at(film, 'tells'))).toBe(true);
  });
});

describe('round 21 probes: the writer\'s own interviews', () => {
  it('"Residents we spoke to … said": a crowd the outlet met', () => {
    expect(kind('Residents we spoke to on Thursday said the roads felt safer.', 'on Thursday')).toBeNull();
    expect(kind('Farmers I met on Monday said the convoys had stopped.', 'on Monday')).toBeNull();
  });
  it('but a named person the outlet met still speaks', () => {
    expect(kind('The governor we spoke to on Thursday said the roads would reopen.', 'on Thursday')).toBe('statement');
  });
});

describe('round 21 probes: threats and vows are the speaker\'s statement', () => {
  it('a speaker named by "known as", or read as an adjective by the tagger, still threatens', () => {
    expect(kind('The rebels\' commander, known as Captain Rook, threatened on Thursday to attack the convoys if the army escorted them.', 'on Thursday')).toBe('statement');
    expect(kind('The general pledged on Tuesday to bomb the rebel camps until they surrendered.', 'on Tuesday')).toBe('statement');
    expect(kind('The militia\'s leader, also known as the Colonel, vowed on Sunday to strike the pipeline again.', 'on Sunday')).toBe('statement');
  });
  it('but an anonymous head read as an adjective stays anonymous, and a participle clause stays passive', () => {
    expect(kind('The official said on Monday that the port would reopen.', 'on Monday')).toBeNull();
    expect(kind('The plan, announced in January, was shelved on Monday.', 'in January')).toBeNull();
  });
});

describe('round 21 probes: a trailing "speaking …" frames the saying before it', () => {
  it('the frame\'s date is the saying\'s', () => {
    expect(kind('"They do not listen to us," said rebel spokesman Yusuf Tarrant, speaking on Wednesday.', 'on Wednesday')).toBe('statement');
    expect(kind('The envoy said the plan was dead, speaking in Osk on Monday.', 'on Monday')).toBe('statement');
    expect(kind('"We will return to the table," the minister told reporters, speaking by telephone from Osk on Friday.', 'on Friday')).toBe('statement');
  });
  it('but a call with someone named stays talks, and an anonymous saying stays none', () => {
    expect(kind('The minister said the talks had failed, speaking by phone with President Arn on Friday.', 'on Friday')).toBe('talks');
    expect(kind('Police said the blast had killed four people, speaking on Monday.', 'on Monday')).toBeNull();
  });
});

describe('round 21 probes: sayings told by wordings no cue read', () => {
  it('addressing an audience, posting on a platform, summoning an envoy, boycotting talks', () => {
    expect(kind('The president addressed the nation on television on Sunday.', 'on Sunday')).toBe('statement');
    expect(kind('Prime Minister Ola Brandt addressed parliament on Tuesday about the incident.', 'on Tuesday')).toBe('statement');
    expect(kind('The prime minister posted on Facebook on Tuesday that the country would not back down.', 'on Tuesday')).toBe('statement');
    expect(kind('The rebel movement posted a message on Telegram on Monday.', 'on Monday')).toBe('statement');
    expect(kind('The minister summoned the ambassador on Monday to protest the ramming.', 'on Monday')).toBe('statement');
    expect(kind('The rebels boycotted the talks on Tuesday.', 'on Tuesday')).toBe('statement');
    expect(kind('The UN envoy briefed the Security Council on Wednesday.', 'on Wednesday')).toBe('statement');
    expect(kind('The general addressed the UN General Assembly on Thursday.', 'on Thursday')).toBe('statement');
  });
  it('but the words in other senses tell none', () => {
    expect(kind('The plan addressed the housing shortage in March.', 'in March')).toBeNull();
    expect(kind('Soldiers were posted to the border on Monday.', 'on Monday')).not.toBe('statement');
    expect(kind('The ambassador was summoned to the foreign ministry on Monday.', 'on Monday')).toBeNull();
    expect(kind('Shoppers boycotted the store on Saturday.', 'on Saturday')).toBeNull();
    expect(kind('The council was briefed on Monday.', 'on Monday')).toBeNull();
    expect(kind('The coach briefed the team on Saturday.', 'on Saturday')).toBeNull();
  });
});

describe('round 21 probes: one private person by a trade is no speaker', () => {
  it('a teacher, a guide, a driver', () => {
    expect(kind('A teacher told pupils on Monday that the school would close early.', 'on Monday')).toBeNull();
    expect(kind('The guide told visitors on Saturday that the fort had been rebuilt.', 'on Saturday')).toBeNull();
    expect(kind('One driver said on Tuesday that the road had been closed for hours.', 'on Tuesday')).toBeNull();
  });
  it('but an office or a body speaks', () => {
    expect(kind('The headteacher\'s union said on Monday that schools would close.', 'on Monday')).toBe('statement');
    expect(kind('The transport minister said on Tuesday that the road would reopen.', 'on Tuesday')).toBe('statement');
    expect(kind('Mara Lind, a teacher in the town, said on Monday that the school had been hit.', 'on Monday')).toBe('statement');
  });
});
