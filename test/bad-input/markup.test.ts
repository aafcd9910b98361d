// What article Markdown can and cannot put on a page, one construct at a time (the hostile-markup fixture has
// them all at once).
import { describe, expect, it } from 'vitest';
import type { ArticleWarning } from '../../src/articles/article-error.js';
import { parseArticle } from '../../src/articles/read-article.js';
import { renderBody } from '../../src/articles/render-body.js';
import { segmentBody } from '../../src/articles/segment-body.js';

const article = (body: string) => `---\ntitle: T\npublished: "2021-05-03"\n---\n\n${body}\n`;

describe('article markup', () => {
  it('keeps raw HTML out of sentences as well as pages, so quotes read as the page does', () => {
    const body = 'Envoys met on Friday, <b onclick="x()">officials said</b>.';
    expect(segmentBody(body).sentences.map((s) => s.text)).toEqual(['Envoys met on Friday, officials said.']);
    expect(renderBody(body)).toBe('<p><span id="s-1">Envoys met on Friday, officials said.</span></p>\n');
  });

  it('turns links other than http(s) and mailto into their text, and images into their alt text', () => {
    const html = renderBody('See [this](javascript:x()), [that](../local.md), [ref][r], [mail](mailto:a@example.org), [web](https://example.org) and ![a map](https://example.org/m.png).\n\n[r]: data:text/html,x');
    expect(html).toBe('<p><span id="s-1">See this, that, ref, <a href="mailto:a@example.org">mail</a>, <a href="https://example.org">web</a> and a map.</span></p>\n');
  });

  it('survives paragraphs with no words (wink throws on empty text)', () => {
    for (const body of ['![](x.png)\n\nTalks resumed.', '&nbsp;\n\nTalks resumed.', '[ ](https://example.org)\n\nTalks resumed.']) {
      expect(parseArticle('a.md', article(body)).sentences.map((s) => s.text)).toEqual(['Talks resumed.']);
      expect(renderBody(body)).toContain('<span id="s-1">Talks resumed.</span>');
    }
  });

  it('warns about what the page leaves out, with lines', () => {
    const warnings: ArticleWarning[] = [];
    parseArticle('a.md', article('Talks <i>resumed</i>.\n\n![map](https://example.org/m.png)\n\n[x](javascript:y)'), warnings);
    expect(warnings.map((w) => [w.line, w.message.split(' ').slice(0, 4).join(' ')])).toEqual([
      [6, 'raw HTML (line 6)'],
      [8, 'images (line 8) are'],
      [10, 'the link to "javascript:y"'],
    ]);
  });
});
