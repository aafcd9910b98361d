// Round 21: "the first two rounds" names steps 1 and 2, not step 1 alone; "the last two rounds" names no known step
// (mention-evidence.ts, ordinalsNear). So "The first two rounds were held in January and March" may join the second round.
import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { ordinalsNear } from '../../src/events/mention-evidence.js';
import { joinedArticles, mentionsOf, storyOf } from '../helpers/story-of.js';

const at = (quote: string, word: string) => [...ordinalsNear(quote, quote.indexOf(word))].sort();

describe('round 21: "the first N rounds" is a range of steps', () => {
  it('reads "first two rounds", "first three phases" and "first four rotations" as every step up to N', () => {
    expect(at('The first two rounds took place in Geneva in March and May.', 'May')).toEqual(['1', '2']);
    expect(at('The first three phases of the withdrawal ended in June.', 'June')).toEqual(['1', '2', '3']);
    expect(at('Its first 4 rotations had flown home by July.', 'July')).toEqual([]);
    expect(at('Its first four rotations had flown home by July.', 'July')).toEqual(['1', '2', '3', '4']);
  });

  it('"the last two rounds" names no step it knows', () => {
    expect(at('The last two rounds were held in Vienna in April.', 'April')).toEqual([]);
  });

  it('leaves single steps and members as they were', () => {
    expect(at('The second round opened in Vienna on 4 April.', '4 April')).toEqual(['2']);
    expect(at('The first 300 trainers flew home on 2 May.', '2 May')).toEqual(['1']);
  });

  it('"The first two rounds were held in January and March" joins the second round of 14 March', () => {
    const wire = storyOf('wire', '2042-03-15', ['The second round of talks between Osland and the Vire Front opened in Porta on 14 March.']);
    const later = storyOf('later', '2042-06-02', ['The first two rounds of talks were held in Porta in January and March.']);
    const clusters = mergeMentions(mentionsOf([wire, later]));
    expect(joinedArticles(clusters, 'wire', 'talks', '2042-03-14')).toEqual(['later', 'wire']);
    expect(joinedArticles(mergeMentions(mentionsOf([later, wire])), 'wire', 'talks', '2042-03-14')).toEqual(['later', 'wire']);
  });

  it('"the third and fourth rounds" still never join the second round', () => {
    const wire = storyOf('wire', '2042-03-15', ['The second round of talks between Osland and the Vire Front opened in Porta on 14 March.']);
    const later = storyOf('later', '2042-06-02', ['The third round of talks was held in Porta in March.']);
    expect(joinedArticles(mergeMentions(mentionsOf([wire, later])), 'wire', 'talks', '2042-03-14')).toEqual(['wire']);
  });
});
