// Lists that a page presents as not the report: a label standing alone ("Most popular", "Trending", "Related
// stories", "You may also like", as a line or a heading) followed by a list of other stories' headlines. Every
// paragraph of that list is furniture, however eventful its words ("Army sends 500 troops to the border on
// Monday"). Decided by the page's form (label, then list), never by what the items tell. Paragraphs are counted as
// the segmenter counts them (every mdast paragraph, in document order); only a body with such a label is parsed.
import type { List, Node, Parent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import { visitParents } from 'unist-util-visit-parents';

const LABEL_WORDS = String.raw`(?:most\s+(?:read|popular|viewed|shared|watched)|trending(?:\s+now)?|popular\s+now|top\s+stories|latest(?:\s+(?:news|stories|headlines))?|related(?:\s+(?:stories|articles|coverage|content|reading|links))?|read\s+(?:more|next|also)|also\s+read|more\s+on\s+(?:this|that)(?:\s+story)?|more\s+stories|more\s+from\s+[\w’' ]{2,40}|recommended(?:\s+(?:for\s+you|reading))?|you\s+(?:may|might)\s+also\s+like|further\s+reading|see\s+also|editor['’]?s\s+picks|in\s+other\s+news)`;
/** A line that is only such a label, bold or a heading, with or without a colon. */
const LABEL_LINE = new RegExp(String.raw`^ {0,3}(?:#{1,6}[ \t]+)?(?:\*\*|__)?${LABEL_WORDS}(?:\*\*|__)?[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*$`, 'im');
const LABEL_TEXT = new RegExp(String.raw`^\s*${LABEL_WORDS}\s*:?\s*$`, 'i');

let parser: ReturnType<typeof remark> | undefined;

/**
 * A list whose every item is prose ending in a full stop is a digest of the news, not a list of other stories: a
 * newsletter's "Top stories" summarises the day in sentences ("Rebels shelled the port on Friday."), where a page's
 * related links are headlines, which take no full stop ("Army sends 500 troops to the border on Monday").
 */
function proseList(list: List): boolean {
  return list.children.length > 0 && list.children.every((item) => /[.!]["”’)]?$/.test(toString(item).trim()));
}

/** Indices of the paragraphs inside a list that a furniture label introduces. */
export function labelledListParagraphs(body: string): Set<number> {
  return listParagraphsAfter(body, LABEL_LINE, LABEL_TEXT);
}

/** Indices of the paragraphs inside a list of headlines (not prose) right after a paragraph or heading that is only a
 * label: `line` finds such a label in the Markdown, `text` recognises it in a paragraph's text. */
export function listParagraphsAfter(body: string, line: RegExp, text: RegExp): Set<number> {
  const out = new Set<number>();
  if (!line.test(body)) return out;
  const LABEL_TEXT = text;
  const tree = (parser ??= remark()).parse(body);
  // The lists right after a label (a paragraph or heading that is only the label), among siblings.
  const flagged = new Set<List>();
  visitParents(tree, (node: Node) => {
    const parent = node as Parent;
    if (!Array.isArray(parent.children)) return;
    parent.children.forEach((child, k) => {
      if ((child.type !== 'paragraph' && child.type !== 'heading') || !LABEL_TEXT.test(toString(child))) return;
      const next = parent.children[k + 1];
      if (next?.type === 'list' && !proseList(next as List)) flagged.add(next as List);
    });
  });
  if (!flagged.size) return out;
  let paragraph = 0;
  visitParents(tree, 'paragraph', (_node, ancestors) => {
    if (ancestors.some((a) => flagged.has(a as List))) out.add(paragraph);
    paragraph++;
  });
  return out;
}
