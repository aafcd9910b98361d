// Round 19: tellings of one development that merging kept apart although their kind and date agree
// (mention-evidence.ts): a body named by its initials in one telling and in full in the other; a body's organ ("the
// Alliance Council") and the body ("the Alliance"); a quotation that is not the dated saying's own words.
import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { joinedArticles, mentionsOf, storyOf } from '../helpers/story-of.js';

const both = <T>(list: T[]) => [list, [...list].reverse()];

describe('round 19: a body written as its initials is the body named in full', () => {
  const report = storyOf('report', '2040-03-12', [
    'The Northern Relief Force handed its post at the Dunholt crossing to the local police on 10 March, the first handover of the drawdown.',
  ]);
  const inquiry = storyOf('inquiry', '2040-03-20', ['The NRF commander, Colonel Ada Brisk, said at the handover on 10 March that two more posts would follow.']);

  it('"The NRF commander … said at the handover" joins the Northern Relief Force\'s handover of that day', () => {
    for (const mentions of both(mentionsOf([report, inquiry]))) {
      expect(joinedArticles(mergeMentions(mentions), 'inquiry', 'troops', '2040-03-10')).toEqual(['inquiry', 'report']);
    }
  });

  it('other initials name another body: the two stay apart', () => {
    const other = storyOf('other', '2040-03-20', ['The KDM commander, Colonel Ada Brisk, said at the handover on 10 March that two more posts would follow.']);
    expect(joinedArticles(mergeMentions(mentionsOf([report, other])), 'other', 'troops', '2040-03-10')).toEqual(['other']);
  });
});

describe('round 19: "the Alliance Council" decides what "the Alliance" decided', () => {
  const news = storyOf('news', '2040-02-10', [
    'In Tarvel, the Alliance Council ordered that the Coastal Support Mission must shrink to 900 troops by 30 April and close by 31 October.',
  ]);
  const explainer = storyOf('explainer', '2040-02-20', [
    'Last week the Alliance decided that most of its soldiers will go home in the spring, and that the last ones will leave the island on 31 October.',
  ]);

  it('the closing date told of the council and of its body is one departure', () => {
    for (const mentions of both(mentionsOf([news, explainer]))) {
      expect(joinedArticles(mergeMentions(mentions), 'explainer', 'troops', '2040-10-31')).toEqual(['explainer', 'news']);
    }
  });

  it('another body deciding a departure on that day is another departure', () => {
    const other = storyOf('other', '2040-02-20', [
      'Last week the Coalition decided that most of its soldiers will go home in the spring, and that the last ones will leave the island on 31 October.',
    ]);
    expect(joinedArticles(mergeMentions(mentionsOf([news, other])), 'other', 'troops', '2040-10-31')).toEqual(['other']);
  });
});

describe("round 19: a quotation closed before \"and reminds readers that …\" is not the dated saying's", () => {
  const live = storyOf('live', '2040-04-02', [
    'In a statement read out this morning by its spokesman, Teo Varn, the Liberation Front said it would "not negotiate under bombardment".',
  ]);
  const weekly = storyOf('weekly', '2040-04-20', ['The Front walked out of the talks on 2 April, the morning after jets bombed its camps in the hills.']);
  const review = storyOf('review', '2040-05-06', [
    'The Daily Lantern calls the ceasefire "a truce on credit" and reminds readers that the Liberation Front walked out of the talks in April, after jets bombed its camps.',
  ]);

  it("the paper's words do not keep the month's telling of the walkout from the walkout", () => {
    for (const mentions of both(mentionsOf([live, weekly, review]))) {
      expect(joinedArticles(mergeMentions(mentions), 'review', 'statement', '2040-04')).toEqual(['live', 'review', 'weekly']);
    }
  });

  it('a quotation inside the reported clause is still the saying\'s own, and different words keep it apart', () => {
    const quoting = storyOf('quoting', '2040-05-06', [
      'The Daily Lantern reminds readers that the Liberation Front said in April that it would "never come back to the table", after jets bombed its camps.',
    ]);
    expect(joinedArticles(mergeMentions(mentionsOf([live, weekly, quoting])), 'quoting', 'statement', '2040-04')).toEqual(['quoting']);
  });
});

describe('round 19: "the airstrikes of 9 March" is the one air attack of that day', () => {
  const report = storyOf('report', '2041-03-10', ['Government jets struck rebel positions in the Marl Hills on the night of 9 March, the army said.']);
  const brief = storyOf('brief', '2041-04-02', ['On the airstrikes of 9 March: the Minister should say the targets were military and the force proportionate.']);

  it("a brief naming the attack only by its noun and day joins the day's one attack by that means", () => {
    for (const mentions of both(mentionsOf([report, brief]))) {
      expect(joinedArticles(mergeMentions(mentions), 'brief', 'attack', '2041-03-09')).toEqual(['brief', 'report']);
    }
  });

  it('with two attacks that day the name picks neither', () => {
    const bomb = storyOf('bomb', '2041-03-10', ['A roadside bomb killed two soldiers near Orsk on 9 March.']);
    for (const mentions of both(mentionsOf([report, bomb, brief]))) {
      expect(joinedArticles(mergeMentions(mentions), 'brief', 'attack', '2041-03-09')).toEqual(['brief']);
    }
  });

  it('the one attack of the day by another means is not it', () => {
    const ambush = storyOf('ambush', '2041-03-10', ['Gunmen fired on a police post near Orsk on 9 March.']);
    expect(joinedArticles(mergeMentions(mentionsOf([ambush, brief])), 'brief', 'attack', '2041-03-09')).toEqual(['brief']);
  });
});
