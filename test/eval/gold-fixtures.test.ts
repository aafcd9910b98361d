// The gold files must stay in step with the articles they describe: every slug exists, and every cue is found
// inside one sentence (as the segmenter cuts them) of each article it is meant for. A cue that spans a sentence
// break can never match, and the eval would report a miss that is the gold's fault.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/articles/load-articles.js';
import { articleSlug } from '../../src/articles/slugify.js';
import { normalizeText } from '../../scripts/eval-score.js';
import { CORPORA, FIXTURE_TODAY, readGold } from '../../scripts/eval.js';

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));

const hasArticles = (dir: string) => existsSync(root(dir)) && readdirSync(root(dir)).some((f) => f.endsWith('.md'));

async function checkGold(articlesDir: string, goldFile: string): Promise<string[]> {
  const articles = await loadArticles(root(articlesDir), { today: FIXTURE_TODAY });
  const gold = await readGold(root(goldFile));
  const sentences = new Map(articles.map((a) => [a.slug, a.sentences.map((s) => normalizeText(s.text))]));
  const problems: string[] = [];
  for (const event of gold.events) {
    for (const slug of event.articles) {
      const texts = sentences.get(slug);
      if (!texts) problems.push(`${event.key}: no article ${slug}`);
      else if (!event.cues.some((cue) => texts.some((t) => t.includes(normalizeText(cue))))) {
        problems.push(`${event.key}: no cue found in a sentence of ${slug}`);
      }
    }
    for (const cue of event.cues) {
      const found = event.articles.some((slug) => sentences.get(slug)?.some((t) => t.includes(normalizeText(cue))));
      if (!found) problems.push(`${event.key}: cue "${cue}" is in no sentence of its articles`);
    }
  }
  for (const x of gold.excluded ?? []) {
    if (!sentences.get(x.article)?.some((t) => t.includes(normalizeText(x.cue)))) problems.push(`excluded: "${x.cue}" not found in ${x.article}`);
  }
  return problems;
}

describe('eval gold fixtures', () => {
  it('eval-gold.json cues are found in single sentences of test/fixtures/eval-articles', async () => {
    expect(await checkGold('test/fixtures/eval-articles', 'test/fixtures/eval-gold.json')).toEqual([]);
  });

  it('eval articles are named <published>-<slug of title>.md, like imported articles', () => {
    const dir = root('test/fixtures/eval-articles');
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(`${dir}/${name}`, 'utf8');
      const title = /^title: "(.*)"$/m.exec(text)?.[1] ?? '';
      const published = /^published: "(.*)"$/m.exec(text)?.[1] ?? '';
      expect(name).toBe(`${articleSlug(title, published)}.md`);
    }
  });

  // The held-out sets were checked by their writers; this keeps them in step with the sentence splitter. It names
  // only gold keys and cues, never what the pipeline makes of them, so a blind set stays blind.
  for (const corpus of CORPORA.filter((c) => c.name.startsWith('holdout') || c.name.startsWith('probe'))) {
    it(`${corpus.gold} cues are found in single sentences of ${corpus.articles}`, async () => {
      expect(await checkGold(corpus.articles, corpus.gold)).toEqual([]);
    });
  }

  it.skipIf(!hasArticles('content/articles'))('gold.json cues are found in single sentences of content/articles', async () => {
    expect(await checkGold('content/articles', 'test/fixtures/gold.json')).toEqual([]);
  });
});
