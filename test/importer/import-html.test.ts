// Saved web pages (test/fixtures/html/, written for these tests in the manner of different sites' markup): the
// page's metadata decides the front matter, furniture elements and furniture lines are removed, and the result
// is an article the pipeline reads.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/articles/load-articles.js';
import { importArticle } from '../../src/importer/import-article.js';
import { writeArticle } from '../../src/importer/write-article.js';
import { buildEvents } from '../../src/pipeline.js';
import { ImportError } from '../../src/importer/import-error.js';
import { importHtml, isHtml } from '../../src/importer/import-html.js';

const page = (name: string): string => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), 'utf8');
const html = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const P = '<p>Officials from both ministries met in the capital on Monday to discuss the new customs rules, a spokesperson said.</p>';

describe('importHtml on a news site page (<article>, Open Graph, JSON-LD, share bar, figure, asides, comments)', () => {
  const result = importHtml(page('news-site-article.html'));

  it('takes the front matter from the page metadata and says where each value came from', () => {
    expect(result.meta).toEqual({
      title: 'Baghdad and Ankara agree to reopen border crossing after two-year closure',
      published: '2023-05-16',
      publisher: 'Northern Courier',
      authors: ['Rana Qadir'],
      url: 'https://northern-courier.example/news/2023/05/border-crossing-reopen',
    });
    expect(result.detectedFrom).toMatchObject({ body: '<article>', title: '<h1>', published: 'article:published_time', publisher: 'og:site_name', authors: 'JSON-LD author' });
  });

  it('keeps the article paragraphs and nothing of the page around them', () => {
    const paragraphs = result.body.split('\n\n');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^ZAKHO — Iraqi and Turkish officials agreed on Tuesday/);
    expect(paragraphs[2]).toBe('Traders in the northern city of Duhok welcomed the decision. “Every week the gate stays shut costs us money,” one importer said, asking not to be named.');
    expect(paragraphs.at(-1)).toMatch(/^A ministry spokesperson said inspections would resume on 1 June/);
    for (const junk of ['Home', 'Politics', 'cookies', 'Share on', 'Copy link', 'Lorries queue', 'Related', 'Trade figures', 'Read also', 'morning briefing', 'Advertisement', 'Tags:', 'covers trade', 'Comments', 'Finally some good news', 'Most read', 'Power cuts', '©', 'dataLayer', 'display: flex', '16 May 2023', 'By Rana Qadir']) {
      expect(result.body, junk).not.toContain(junk);
    }
  });

  it('lists every removed part with its reason', () => {
    const reasons = result.removed.map((r) => r.reason);
    for (const reason of [/^outside the <article>/, /^share widget/, /^figure and caption/, /^aside/, /^newsletter promo/, /^advertisement/, /^footer/, /^related-story link/, /^byline/]) {
      expect(reasons.some((r) => reason.test(r)), String(reason)).toBe(true);
    }
    expect(result.removed.find((r) => r.reason.startsWith('figure'))?.line).toContain('Lorries queue at the crossing');
    // The headline line is ours, not the page's: only the <h1> itself shows as removed (as the repeated title).
    expect(result.removed.filter((r) => r.line === result.meta.title).map((r) => r.reason)).toEqual(['repeated title']);
  });
});

describe('importHtml on a blog page (<main>, no <article>, JSON-LD @graph, classes only)', () => {
  const result = importHtml(page('blog-main-jsonld-graph.html'));

  it('reads the @graph article: date, both authors (people, not the organisation), publisher, URL', () => {
    expect(result.meta).toEqual({
      title: 'Drone strike hits depot near Sinjar',
      published: '2022-10-09',
      publisher: 'The Plains Dispatch',
      authors: ['Omar Farhan', 'Leyla Demir'],
      url: 'https://plainsdispatch.example/2022/10/09/drone-strike-depot-sinjar/',
    });
    expect(result.detectedFrom?.body).toBe('<main>');
  });

  it('drops furniture known by class, role or hiding: share links, captions, embedded posts, related links, comments', () => {
    const paragraphs = result.body.split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^A drone struck a fuel depot on the outskirts of Sinjar late on Saturday/);
    for (const junk of ['Share this story', 'WhatsApp', 'Smoke over the depot', 'Huge fire', '@someone', 'You might also like', 'Leave a Reply', 'Required fields', 'Follow us', 'Subscribe', 'News', 'Copyright']) {
      expect(result.body, junk).not.toContain(junk);
    }
  });
});

describe('importHtml on a plain page (no <article> or <main>, no metadata)', () => {
  const result = importHtml(page('press-release-body-only.html'));

  it('falls back to the <h1>, the date stamp under it and the copyright footer', () => {
    expect(result.meta).toEqual({ title: 'Ministry announces new schedule for Tigris dam releases', published: '2022-03-12', publisher: 'Ministry of Water Resources', authors: [] });
    expect(result.detectedFrom).toMatchObject({ body: '<body>', title: '<h1>', published: 'date stamp in the text', publisher: 'text' });
  });

  it('keeps the paragraphs, split at <br>, and drops the masthead, menu and footer', () => {
    expect(result.body.split('\n\n')).toEqual([
      expect.stringMatching(/^The Ministry of Water Resources said on Friday/),
      'The minister met farmers’ representatives in Baghdad on Thursday to discuss the planting season, the ministry said.',
      'The new schedule will be reviewed at the end of April.',
    ]);
  });
});

describe('importHtml refusals and overrides', () => {
  it('refuses a page with no publication date, naming the places it looked and the flag', () => {
    expect(() => importHtml(page('no-date.html'))).toThrowError(ImportError);
    expect(() => importHtml(page('no-date.html'))).toThrowError(/No publication date found in the page "Council debates budget for road repairs".*--published YYYY-MM-DD/);
  });

  it('lets flags override every detected field', () => {
    const { meta } = importHtml(page('no-date.html'), { published: '2024-01-15', title: 'Road budget debate', publisher: 'Town Notes Weekly', url: 'https://town.example/a' });
    expect(meta).toEqual({ title: 'Road budget debate', published: '2024-01-15', publisher: 'Town Notes Weekly', authors: [], url: 'https://town.example/a' });
    expect(importHtml(page('news-site-article.html'), { published: '2023-05-17' }).meta.published).toBe('2023-05-17');
  });

  it('reads a timestamp as the calendar day written in it, in any time zone', () => {
    const head = '<meta property="og:title" content="Customs talks"><meta property="article:published_time" content="2023-05-16T23:30:00-05:00">';
    expect(importHtml(html(head, `<article>${P}</article>`)).meta.published).toBe('2023-05-16');
    const time = html('<title>Customs talks</title>', `<article><h1>Customs talks</h1><time datetime="2021-02-03">3 Feb</time>${P}</article>`);
    expect(importHtml(time).meta.published).toBe('2021-02-03');
  });

  it('ignores broken JSON-LD and a <meta name=author> that names no person', () => {
    const head = '<script type="application/ld+json">{ not json</script><meta name="author" content="Newsroom Staff"><meta property="article:published_time" content="2023-05-16">';
    const { meta } = importHtml(html(head, `<article><h1>Customs talks</h1>${P}</article>`));
    expect(meta).toEqual({ title: 'Customs talks', published: '2023-05-16', authors: [] });
  });

  it('never removes the element holding most of the text, whatever its class, but removes teaser articles inside it', () => {
    const body = `<article><h1>Customs talks</h1><div class="article-body has-related-links">${P}${P.replace('Monday', 'Tuesday')}<article class="card"><h3>Other story</h3><p>Short teaser text here.</p></article></div></article>`;
    const { body: text, removed } = importHtml(html('<meta property="article:published_time" content="2023-05-16">', body));
    expect(text.split('\n\n')).toHaveLength(2);
    expect(text).not.toContain('teaser');
    expect(removed.some((r) => r.reason === 'story teaser (nested <article>)')).toBe(true);
  });
});

describe('isHtml', () => {
  it('knows saved pages by name or document type, and pasted text that starts with a comment is still text', () => {
    expect(isHtml('page.html', 'x')).toBe(true);
    expect(isHtml('page.HTM', 'x')).toBe(true);
    expect(isHtml('paste.txt', '<!DOCTYPE html><html>')).toBe(true);
    expect(isHtml('paste.txt', '<html lang="en">')).toBe(true);
    expect(isHtml('paste.txt', '<!-- analytics snippet -->\nTitle\n')).toBe(false);
    expect(isHtml('paste.txt', 'Title\n\nBody.')).toBe(false);
  });
});

describe('imported pages in the pipeline', () => {
  it('load as articles and yield events dated from their own publication day', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-html-'));
    try {
      for (const name of ['news-site-article.html', 'blog-main-jsonld-graph.html', 'press-release-body-only.html']) {
        const result = importArticle(name, page(name));
        expect(writeArticle(dir, result.meta, result.body).status).toBe('written');
      }
      const events = buildEvents(await loadArticles(dir));
      const find = (type: string, date: string) => events.find((e) => e.type === type && e.date === date);
      expect(find('talks', '2023-05-16')?.sources[0]?.quote).toMatch(/agreed on Tuesday to reopen a border crossing/);
      expect(find('attack', '2022-10-08')?.sources[0]?.quote).toMatch(/A drone struck a fuel depot/);
      expect(find('talks', '2022-03-10')?.sources[0]?.quote).toMatch(/met farmers’ representatives in Baghdad on Thursday/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('decodeFile', () => {
  it('reads UTF-8, a saved page in the charset it declares, and refuses other bytes', async () => {
    const { decodeFile } = await import('../../src/importer/import-article.js');
    expect(decodeFile('a.txt', new TextEncoder().encode('Café talks'))).toBe('Café talks');
    const page = '<html><head><meta charset="windows-1252"><title>Caf\u00e9 talks \u2013 Site</title></head><body><p>Men\u00fc</p></body></html>';
    // windows-1252 bytes: é = E9, – = 96, ü = FC
    const bytes = Uint8Array.from([...page].map((c) => (c === '\u2013' ? 0x96 : c.charCodeAt(0))));
    expect(decodeFile('page.html', bytes)).toBe(page);
    expect(() => decodeFile('paste.txt', Uint8Array.from([0x43, 0x61, 0x66, 0xe9]))).toThrowError(/paste\.txt is not UTF-8 text.*Save it as UTF-8/);
  });
});
