// Body rendering in two steps: a template per body (sentence spans with a slot each), then the slots filled with the
// links to the events each sentence gave. The split must give exactly what one-step rendering gave.
import { describe, expect, it } from 'vitest';
import { loadArticleFiles } from '../../src/articles/load-articles.js';
import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkHtml from 'remark-html';
import { fillBodyTemplate, refHtml } from '../../src/articles/body-template.js';
import { renderBody, renderBodyTemplate } from '../../src/articles/render-body.js';
import { segmentBody } from '../../src/articles/segment-body.js';

const body = 'Envoys **met** in Geneva on Monday. Rockets hit the base & two were hurt.\n\nNo date here.';
const links = new Map([[1, [{ url: '/events/2021-04-12-rockets/', label: 'event: 12 April 2021, attack' }, { url: '/events/a&b/', label: 'x <y>' }]]]);

describe('renderBodyTemplate and fillBodyTemplate', () => {
  it('wraps every sentence, marks cited ones and links each event they gave, escaped', () => {
    expect(renderBody(body, links)).toBe(
      '<p><span id="s-1">Envoys <strong>met</strong> in Geneva on Monday.</span> ' +
        '<span id="s-2" class="cited">Rockets hit the base &#x26; two were hurt. ' +
        '<a href="/events/2021-04-12-rockets/" class="event-ref">[event: 12 April 2021, attack]</a> ' +
        '<a href="/events/a&#x26;b/" class="event-ref">[x &#x3C;y>]</a></span></p>\n' +
        '<p><span id="s-3">No date here.</span></p>\n',
    );
  });

  it('fills one template for any set of links, leaving no slot behind', () => {
    const template = renderBodyTemplate(segmentBody(body));
    expect(template.match(/\u0000\d+\u0000/g)).toHaveLength(3);
    const plain = fillBodyTemplate(template);
    expect(plain).not.toContain('\u0000');
    expect(plain).not.toContain('cited');
    expect(fillBodyTemplate(template, links)).toBe(renderBody(body, links));
  });

  it('renders every seed article with one span and one slot per sentence', async () => {
    const { articles, bodyTemplates } = await loadArticleFiles('content/articles');
    for (const article of articles) {
      const template = bodyTemplates.get(article.slug)!;
      expect(template.match(/\u0000\d+\u0000/g)).toHaveLength(article.sentences.length);
      expect(template.match(/<span id="s-\d+">/g)).toHaveLength(article.sentences.length);
      expect(fillBodyTemplate(template)).toBe(renderBody(article.body));
    }
  });

  it('writes an event link exactly as the Markdown processor would, whatever characters it holds', () => {
    // Unsanitised here: the sanitiser only decides which attributes stay; the serialiser decides the escaping.
    const processor = remark().use(remarkHtml, { sanitize: false });
    for (const [url, label] of [['/events/a/', 'event: 7 April 2021, talks'], ['/events/2021-04-07-a_b.c~d/?q=1&r=%20#s-2', 'x & y < z > "q" \'s\' é \u00a0 ✓ &amp;'], ['/events/a"b<c>\'/', 'odd URL: the processor writes it'], ['/events/`x` y\u00e9&amp;/', 'backquotes, a space, an accent']] as const) {
      const root: Root = {
        type: 'root',
        children: [{ type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', value: `[${label}]` }], data: { hProperties: { className: ['event-ref'] } } }] }],
      };
      const expected = String(processor.stringify(processor.runSync(root) as Root)).replace(/^<p>|<\/p>\n?$/g, '');
      expect(refHtml({ url, label })).toBe(` ${expected}`);
    }
  });
});
