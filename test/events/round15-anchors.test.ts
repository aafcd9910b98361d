// Fifteenth round: a development named only to date another is chosen by its own words (resolve-relative.ts).
import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { resolveRelative } from '../../src/events/resolve-relative.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';
import type { Article } from '../../src/types.js';

function article(slug: string, published: string, sentences: string[]): Article {
  return {
    slug, file: `${slug}.md`, title: slug, published, authors: [], body: sentences.join(' '),
    sentences: sentences.map((text, index) => ({ index, id: `s-${index}`, text, paragraph: 0 })),
  } as Article;
}

/** Each resolved mention's anchor date, from the articles' own mentions and relative ones. */
function anchored(articles: Article[]): string[] {
  const extracted = articles.map((a) => extractMentions(a));
  const published = new Map(articles.map((a) => [a.slug, { year: +a.published.slice(0, 4), month: +a.published.slice(5, 7), day: +a.published.slice(8, 10) }]));
  const resolved = resolveRelative(extracted.flatMap((e) => e.relative), mergeMentions(extracted.flatMap((e) => e.mentions)), published);
  return resolved.map((m) => `${m.article}: ${m.date.qualifier ?? ''} ${formatIso(m.date.date)}`);
}

describe('round 15: an anchor is the development its words name, not the latest of its kind', () => {
  const raid = article('wire', '2024-05-29', [
    'Army helicopters bombed rebel camps in the Selmo hills on Tuesday, killing four fighters.',
    'Villagers near the Selmo hills said the camps had been bombed before.',
  ]);
  const review = article('review', '2024-06-20', [
    'Rebel mortars shelled the market town of Dorvik on 3 June, wounding six shoppers.',
    'The opposition condemned the army hours after the bombing of the Selmo hills.',
  ]);

  it('an attack another article tells in the anchor\'s words beats an attack of this article that shares none', () => {
    expect(anchored([raid, review])).toEqual(['review: after 2024-05-28']);
  });

  it('read in the other order, the same', () => {
    expect(anchored([review, raid])).toEqual(['review: after 2024-05-28']);
  });

  it('without a telling in its words, the article\'s own attack is still the anchor', () => {
    expect(anchored([review])).toEqual(['review: after 2024-06-03']);
  });

  it('a generic anchor ("the attack") still takes the article\'s own attack, not another article\'s', () => {
    const own = article('own', '2024-06-20', [
      'Rebel mortars shelled the market town of Dorvik on 3 June, wounding six shoppers.',
      'The governor condemned the rebels hours after the attack.',
    ]);
    expect(anchored([raid, own])).toEqual(['own: after 2024-06-03']);
  });
});

describe('round 15: of several developments holding the anchor\'s words, the one whose tellings hold them', () => {
  it('a list naming two bombings is not the second bombing\'s claim on the first\'s words', () => {
    const first = article('one', '2024-03-02', ['A roadside bombing hit a police truck at Kerrow on 1 March, killing three officers.']);
    const mourned = article('four', '2024-03-04', ['Police buried the three officers killed in the Kerrow bombing on 1 March.']);
    const second = article('two', '2024-03-20', [
      'A roadside bomb wounded two soldiers at Lisse on 18 March.',
      'Two bombings, the Kerrow bombing on 1 March and the one at Lisse on 18 March, have shaken the district.',
    ]);
    const recap = article('three', '2024-03-21', [
      'The minister resigned two days after the Kerrow bombing, the ministry said.',
    ]);
    const out = anchored([first, mourned, second, recap]);
    expect(out.filter((line) => line.startsWith('three'))).toEqual(['three:  2024-03-03']);
  });
});

describe('round 15: the anchor is never the development the sentence itself tells', () => {
  const ambush = article('wire', '2024-08-06', [
    'Gunmen ambushed a ferry at the Tollan landing on 5 August, killing a deckhand.',
    'The ambush on the ferry at the Tollan landing was the first on the river this year.',
  ]);
  const bulletin = article('bulletin', '2024-08-08', [
    'The navy says yesterday\'s air raid on Kesh island killed eleven fighters.',
    'The raid came two days after the ambush on the ferry at the Tollan landing, the navy said.',
  ]);

  it('"the raid came two days after the ambush on the ferry …" counts from the ambush, not from the raid', () => {
    expect(anchored([ambush, bulletin])).toEqual(['bulletin:  2024-08-07']);
  });

  it('the words after the anchor ("at the tanker off the cape") say which one it is', () => {
    const tanker = article('log', '2024-09-03', ['A skiff attacked the tanker Morrow Star off Cape Ulla on 2 September, hitting its bridge.']);
    const strike = article('strike', '2024-09-05', [
      'Helicopters struck a militia camp on Hanno island on Wednesday.',
      'The strike came two days after pirates fired rocket-propelled grenades at the tanker Morrow Star off Cape Ulla, an attack the navy traced to the island.',
    ]);
    expect(anchored([tanker, strike])).toEqual(['strike:  2024-09-04']);
  });

  it('an attack of this article still anchors an attack when it is told in the anchor\'s words', () => {
    const own = article('own', '2024-08-08', [
      'Gunmen ambushed a ferry at the Tollan landing on Monday, killing a deckhand.',
      'The raid on Kesh came two days after the ambush on the ferry at the Tollan landing.',
    ]);
    expect(anchored([own])).toEqual(['own:  2024-08-07']);
  });

  it('a bare "the attack" of the telling\'s own kind is still the article\'s attack told in other words', () => {
    const own = article('own', '2024-06-20', [
      'Rebels shelled the market town of Dorvik on 3 June, wounding six shoppers.',
      'Two days after the attack, army jets bombed rebel camps near Sarn.',
    ]);
    expect(anchored([own])).toEqual(['own:  2024-06-05']);
  });
});
