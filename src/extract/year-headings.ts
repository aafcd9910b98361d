// A chronology grouped by year ("### 2025", then "**Oct. 17:** …"): the heading gives the year its entries leave out.
// Each paragraph under a heading that is a year alone gets that year, until the next heading of the same level or
// above. Paragraphs are counted as the segmenter counts them (every mdast paragraph, in document order), so the
// paragraph index a sentence carries finds its heading. Only a body with such a heading is parsed again.
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import { visit } from 'unist-util-visit';

/** A heading line that is a year alone, bold or not: "## 2025", "### **2024**". */
const YEAR_HEADING_LINE = /^ {0,3}#{1,6}[ \t]+(?:\*\*|__)?(?:19|20)\d{2}(?:\*\*|__)?[ \t]*#*[ \t]*$/m;
const YEAR_ALONE = /^\s*((?:19|20)\d{2})\s*$/;

let parser: ReturnType<typeof remark> | undefined;

/** Paragraph index → the year of the heading it sits under; empty for a body with no year heading. */
export function yearHeadings(body: string): Map<number, number> {
  const years = new Map<number, number>();
  if (!YEAR_HEADING_LINE.test(body)) return years;
  const tree = (parser ??= remark()).parse(body);
  let paragraph = 0;
  // The open headings, by depth: a heading closes every one of its depth and deeper.
  let open: { depth: number; year?: number }[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const heading = node as Heading;
      const year = YEAR_ALONE.exec(toString(heading))?.[1];
      open = open.filter((h) => h.depth < heading.depth);
      open.push({ depth: heading.depth, ...(year ? { year: Number(year) } : {}) });
    } else if (node.type === 'paragraph') {
      const year = [...open].reverse().find((h) => h.year !== undefined)?.year;
      if (year !== undefined) years.set(paragraph, year);
      paragraph++;
    }
  });
  return years;
}
