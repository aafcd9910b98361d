// A chronology grouped by year ("### 2025", then "**Oct. 17:** …"): the heading gives the year its entries leave out.
// Each paragraph under a heading that names a year ("## 2025", "### 2024: the drawdown begins", "## March 2026")
// gets that year, until the next heading of the same level or above. A paragraph that is a year alone ("**2025**")
// heads the paragraphs after it the same way, until the next heading or year paragraph. Paragraphs are counted as
// the segmenter counts them (every mdast paragraph, in document order), so the paragraph index a sentence carries
// finds its heading. Only a body with such a line is parsed again.
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import { visit } from 'unist-util-visit';

/** A heading line with a year in it, or a line that is a year alone (bold or not). */
const YEAR_LINE = /^ {0,3}(?:#{1,6}[ \t].*\b(?:19|20)\d{2}\b|(?:\*\*|__)?(?:19|20)\d{2}(?:\*\*|__)?[ \t]*$)/m;
/** A heading naming a year: "2025", "2025: the drawdown", "March 2026", "In 2024". */
const HEADING_YEAR = /^\s*(?:[A-Z][a-z]+\.?\s+)?((?:19|20)\d{2})\s*(?:[:–—-].*)?$/;
const YEAR_ALONE = /^\s*((?:19|20)\d{2})\s*:?\s*$/;

let parser: ReturnType<typeof remark> | undefined;

/** Paragraph index → the year of the heading it sits under; empty for a body with no year heading. */
export function yearHeadings(body: string): Map<number, number> {
  const years = new Map<number, number>();
  if (!YEAR_LINE.test(body)) return years;
  const tree = (parser ??= remark()).parse(body);
  let paragraph = 0;
  // The open headings, by depth: a heading closes every one of its depth and deeper. A year paragraph is the
  // deepest (7), closed by any heading or the next year paragraph.
  let open: { depth: number; year?: number }[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const heading = node as Heading;
      const year = HEADING_YEAR.exec(toString(heading))?.[1];
      open = open.filter((h) => h.depth < heading.depth);
      open.push({ depth: heading.depth, ...(year ? { year: Number(year) } : {}) });
    } else if (node.type === 'paragraph') {
      const alone = YEAR_ALONE.exec(toString(node))?.[1];
      if (alone) {
        open = open.filter((h) => h.depth < 7);
        open.push({ depth: 7, year: Number(alone) });
      } else {
        const year = [...open].reverse().find((h) => h.year !== undefined)?.year;
        if (year !== undefined) years.set(paragraph, year);
      }
      paragraph++;
    }
  });
  return years;
}
