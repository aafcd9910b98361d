// Sixteenth round of merging, on sentences of our own (made on the splits holdout5–holdout13 showed: most pieces of a
// split development have the same kind and the same day).
import { describe, expect, it } from 'vitest';
import { joinedArticles, mentionsOf, storyOf } from '../helpers/story-of.js';
import { mergeMentions } from '../../src/events/merge-mentions.js';

const article = storyOf;
const joined = joinedArticles;

describe('round 16: two tellings of one kind on one day meet on less, when they share something of the development', () => {
  it('an attack told with its target and retold as the cause of a later one ("drones … the depot")', () => {
    const wire = article('wire', '2031-05-12', ['Two drones hit the fuel depot at Fort Bellan on Sunday night and set it on fire, a garrison spokesman said.']);
    const later = article('later', '2031-05-20', ['It was the second raid this month, after drones wounded a cook at the depot on 11 May.']);
    const mentions = mentionsOf([wire, later]);
    expect(joined(mergeMentions(mentions), 'wire', 'attack', '2031-05-11')).toEqual(['later', 'wire']);
    expect(joined(mergeMentions([...mentions].reverse()), 'wire', 'attack', '2031-05-11')).toEqual(['later', 'wire']);
  });

  it('a statement welcomed by a third party and told in a line by its speaker', () => {
    const welcome = article('welcome', '2031-06-05', ['We welcome the Tessaly Farmers League announcement on 4 June that it will rejoin the grain council next month.']);
    const diary = article('diary', '2031-06-20', ['On 4 June the league said it would come back.']);
    expect(joined(mergeMentions(mentionsOf([welcome, diary])), 'diary', 'statement', '2031-06-04')).toEqual(['diary', 'welcome']);
  });

  it('the opening of talks told with its venue and as "the first round opened"', () => {
    const wire = article('wire', '2031-05-10', ['Envoys of Orvany and the Delta Front opened negotiations at a hotel in Pescar on 9 May under a plan drafted by Sellen.']);
    const review = article('review', '2031-06-01', ['The first round opened on 9 May, and a week later the rebels said they would keep talking.']);
    expect(joined(mergeMentions(mentionsOf([wire, review])), 'wire', 'talks', '2031-05-09')).toEqual(['review', 'wire']);
  });

  it('not two speakers of one day, though they speak of one thing', () => {
    const a = article('a', '2031-05-03', ['The interior minister, Lena Harsk, said on 2 May that the border would stay closed.']);
    const b = article('b', '2031-05-04', ['Tomas Brel said on 2 May that the border closure was a mistake.']);
    expect(joined(mergeMentions(mentionsOf([a, b])), 'a', 'statement', '2031-05-02')).toEqual(['a']);
  });

  it('not two attacks of one day that share only their means ("drones") and a count', () => {
    const a = article('a', '2031-05-12', ['Two drones hit the barracks at Fort Bellan on Sunday night, a garrison spokesman said.']);
    const b = article('b', '2031-05-20', ['It was the second raid this month, after drones wounded a cook and a driver on 11 May.']);
    expect(joined(mergeMentions(mentionsOf([a, b])), 'a', 'attack', '2031-05-11')).toEqual(['a']);
  });

  it('not two attacks of one day that share only the words of their kind ("attacked … killing", "airstrike … killed")', () => {
    const a = article('a', '2031-05-13', ['Gunmen attacked a wedding party in the hills on 12 May, killing a guest.']);
    const b = article('b', '2031-05-14', ['An airstrike on 12 May killed two shepherds near the lake.']);
    expect(joined(mergeMentions(mentionsOf([a, b])), 'a', 'attack', '2031-05-12')).toEqual(['a']);
  });
});

describe('round 16: a troop telling\'s date is told by the move right before it', () => {
  const level = article('level', '2031-04-01', ['The garrison now has about 900 soldiers, including the engineer company that arrived on 2 March.']);

  it('"the company, which arrived on 2 March, is due to leave in June" dates an arrival on 2 March, not a departure', () => {
    const plan = article('plan', '2031-05-01', ['The engineer company of 150 sappers, which arrived on 2 March, is due to leave in June.']);
    expect(joined(mergeMentions(mentionsOf([level, plan])), 'plan', 'troops', '2031-03-02')).toEqual(['level', 'plan']);
  });

  it('"should shrink to no more than 400 personnel by August and close on 31 December" dates the departure the other telling gives', () => {
    const council = article('council', '2031-04-10', ['The alliance agreed on Tuesday that its training mission should shrink to no more than 400 personnel by the end of August and close on 31 December 2031.']);
    const report = article('report', '2031-05-01', ['Under the decision of 9 April, the mission is to close on 31 December 2031.']);
    expect(joined(mergeMentions(mentionsOf([council, report])), 'report', 'troops', '2031-12-31')).toEqual(['council', 'report']);
  });

  it('but a company that left on 2 March is no arrival of that day', () => {
    const left = article('left', '2031-05-01', ['The engineer company of 150 sappers, which left on 2 March, is due back in June.']);
    expect(joined(mergeMentions(mentionsOf([level, left])), 'left', 'troops', '2031-03-02')).toEqual(['left']);
  });
});

describe('a day of another date is no figure the tellings share', () => {
  it('two statements of one day that both name "the strikes of 26 March" share no figure of their own', async () => {
    const { profileMention } = await import('../../src/events/mention-evidence.js');
    const a = article('a', '2031-04-02', ['The foreign minister, Ida Varr, said on 1 April that the strikes of 26 March had killed 31 people.']);
    const [mention] = mentionsOf([a]).filter((m) => m.classification.type === 'statement');
    expect(mention).toBeDefined();
    // 31 people is a figure; 26 (a day of March) is not.
    expect(profileMention(mention!).figures).toEqual([31]);
    const b = article('b', '2031-04-03', ['On March 28 and again on 1 April, the rebels said 20 of their men were held.']);
    const statements = mentionsOf([b]).filter((m) => m.classification.type === 'statement');
    expect(statements.flatMap((m) => profileMention(m).figures)).not.toContain(28);
    // A modal "may" is no month: "some 25 may have died" keeps its figure.
    const c = article('c', '2031-04-03', ['The rebels said on 2 April that some 25 may have died in the shelling.']);
    const said = mentionsOf([c]).filter((m) => m.classification.type === 'statement');
    expect(said.flatMap((m) => profileMention(m).figures)).toContain(25);
  });
});
