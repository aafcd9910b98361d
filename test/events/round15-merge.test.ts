// Fifteenth round of merging, on mentions of our own (made on the splits holdout5–holdout12 showed).
import { describe, expect, it } from 'vitest';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import { mentionOf } from '../helpers/mention-of.js';
import type { Article, Mention } from '../../src/types.js';

const articlesOf = (clusters: Mention[][]) => clusters.map((c) => c.map((m) => m.article).sort().join(' ')).sort();
const troops = (article: string, date: string, quote: string, cameo = '154') => mentionOf(article, 'troops', date, quote, {}, cameo);

describe('round 15: a vaguer telling follows a partner of its own precision into the finer cluster it joins', () => {
  const deployed = troops('a', '2027-05-12', 'The first units of the Lake Guard Force deploy to the reservoir under a council mandate');
  const other = troops('d', '2027-05-28', 'An engineer battalion withdrew from the camp at the weir', '0874');
  const since = troops('b', '2027-05', 'The envoy said the force had done its job since it first deployed to guard the reservoir');
  const aside = troops('c', '2027-05', 'When militias stormed the pumping station, the government asked its allies for help, and the first of them arrived at the dam');

  it('"the first of them arrived in May", in a sentence about something else, joins the May deployment through "first deployed … in May"', () => {
    expect(articlesOf(mergeMentions([deployed, other, since, aside]))).toEqual(['a b c', 'd']);
  });

  it('read in any order, the same', () => {
    expect(articlesOf(mergeMentions([aside, since, other, deployed]))).toEqual(['a b c', 'd']);
  });

  it('not without the partner: on its own words it is too far from the day\'s telling', () => {
    expect(articlesOf(mergeMentions([deployed, other, aside]))).toEqual(['a', 'c', 'd']);
  });

  it('not into a cluster it may not join: an arrival does not follow a partner into a departure', () => {
    const left = troops('a', '2027-05-12', 'The first units of the Lake Guard Force leave the reservoir under a council mandate', '0874');
    const leaving = troops('b', '2027-05', 'The envoy said the force had done its job since it first left the reservoir', '0874');
    const out = articlesOf(mergeMentions([left, other, leaving, aside]));
    expect(out.some((c) => c.includes('a') && c.includes('c'))).toBe(false);
  });
});

describe('round 15: a place outside the date\'s clause is no venue of the talks', () => {
  const article = (slug: string, published: string, sentences: string[]): Article =>
    ({ slug, file: `${slug}.md`, title: slug, published, authors: [], body: sentences.join(' '), sentences: sentences.map((text, index) => ({ index, id: `s-${index}`, text, paragraph: 0 })) }) as Article;
  const merged = (articles: Article[]) => articlesOf(mergeMentions(articles.flatMap((a) => extractMentions(a).mentions)));
  const opened = article('wire', '2024-10-08', ['Envoys opened the fifth round of talks in Lisse on 7 October.']);

  it('"had opened only on Monday, and few in Harrow had expected a deal" is the round at Lisse', () => {
    const review = article('review', '2024-10-10', ['The paper notes that the fifth round of talks had opened only on Monday, and that few in Harrow had expected a deal within the week.']);
    expect(merged([opened, review])).toEqual(['review wire']);
  });

  it('but a round the date\'s own clause puts in another town is another round', () => {
    const elsewhere = article('review', '2024-10-10', ['The paper notes that the fifth round of talks had opened in Harrow only on Monday, and that few had expected a deal within the week.']);
    expect(merged([opened, elsewhere])).toEqual(['review', 'wire']);
  });
});
