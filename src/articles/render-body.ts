// Markdown body → sanitised HTML, each sentence wrapped in `<span id="s-N">` so events can cite it by fragment,
// and each sentence that yielded an event followed by a link to that event. remark-html sanitises with GitHub's
// schema: raw HTML, scripts, event handlers and `javascript:` links never reach the page.
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkHtml from 'remark-html';
import { visit } from 'unist-util-visit';
import { fillBodyTemplate, type SentenceLink } from './body-template.js';
import { segmentBody, type SegmentedBody, type SegmentedParagraph } from './segment-body.js';

// Our own ids and classes survive; the default schema would prefix every id with "user-content-". Markdown
// without raw HTML cannot produce ids of its own, so the only ids on the page are the sentence ids.
const schema: Schema = {
  ...defaultSchema,
  clobber: (defaultSchema.clobber ?? []).filter((name) => name !== 'id'),
  attributes: {
    ...defaultSchema.attributes,
    span: [...(defaultSchema.attributes?.span ?? []), 'id', ['className', 'cited']],
    // One className rule per element: the sanitiser reads only the first, so a second would be ignored.
    a: (defaultSchema.attributes?.a ?? []).map((rule) => (Array.isArray(rule) && rule[0] === 'className' ? [...rule, 'event-ref'] : rule)),
  },
};

const html = remark().use(remarkHtml, { sanitize: schema });

/**
 * The body's HTML with every sentence in its `<span id="s-N">` and, at the end of each span, a slot for the links
 * to the events the sentence gave. It depends on the body alone, so a build keeps it with the article (src/cache)
 * and a rebuild only fills the slots (`fillBodyTemplate`, body-template.ts) instead of rendering every body again.
 */
export function renderBodyTemplate({ tree, paragraphs }: SegmentedBody): string {
  inline(tree);
  for (const paragraph of paragraphs) wrapSentences(paragraph);
  return String(html.stringify(html.runSync(tree) as Root));
}

export function renderBody(markdown: string, links: ReadonlyMap<number, readonly SentenceLink[]> = new Map()): string {
  return fillBodyTemplate(renderBodyTemplate(segmentBody(markdown)), links);
}

/** Only these link protocols survive rendering; load-articles warns about the rest. */
export const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;

/**
 * Links other than https/http/mailto become their text (a relative link would point into this site, and the
 * sanitiser would leave a `javascript:` link as an empty <a>); images become their alt text (the site's
 * Content-Security-Policy loads no images from elsewhere). Text lengths are unchanged, so sentence spans hold.
 */
function inline(tree: Root): void {
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => void definitions.set(node.identifier, node.url));
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type === 'image' || node.type === 'imageReference') {
      parent.children.splice(index, 1, { type: 'text', value: node.alt ?? '' } as never);
      return index;
    }
    if ((node.type === 'link' || node.type === 'linkReference') && !SAFE_LINK.test(node.type === 'link' ? node.url : (definitions.get(node.identifier) ?? ''))) {
      parent.children.splice(index, 1, ...(node.children as never[]));
      return index;
    }
    return undefined;
  });
}

type Piece = { node: PhrasingContent; sentence: number | undefined };

/** Splits a paragraph's text nodes at sentence boundaries and groups its children into one span per sentence, with its slot. */
function wrapSentences({ node, sentences }: SegmentedParagraph): void {
  const at = (offset: number): number | undefined => sentences.find((s) => offset >= s.start && offset < s.end)?.index;
  const pieces: Piece[] = [];
  let offset = 0;
  for (const child of node.children) {
    const length = toString(child).length;
    if (child.type === 'text') {
      const cuts = new Set([0, child.value.length]);
      for (const s of sentences) {
        for (const edge of [s.start, s.end]) if (edge > offset && edge < offset + length) cuts.add(edge - offset);
      }
      const sorted = [...cuts].sort((a, b) => a - b);
      for (let i = 0; i + 1 < sorted.length; i++) {
        const from = sorted[i]!;
        const value = child.value.slice(from, sorted[i + 1]);
        pieces.push({ node: { type: 'text', value }, sentence: at(offset + from) });
      }
    } else {
      pieces.push({ node: child, sentence: at(offset) ?? at(offset + length - 1) });
    }
    offset += length;
  }

  const children: PhrasingContent[] = [];
  for (let i = 0; i < pieces.length; ) {
    const sentence = pieces[i]!.sentence;
    let j = i;
    while (j < pieces.length && pieces[j]!.sentence === sentence) j++;
    const group = pieces.slice(i, j).map((p) => p.node);
    if (sentence === undefined) {
      children.push(...group);
    } else {
      const id = sentences.find((s) => s.index === sentence)!.id;
      // data.hName renames the element mdast-util-to-hast makes for this node: <span>, not <em>.
      children.push({
        type: 'emphasis',
        children: [...group, { type: 'text', value: `\u0000${sentence}\u0000` }],
        data: { hName: 'span', hProperties: { id } },
      });
    }
    i = j;
  }
  (node as Paragraph).children = children;
}
