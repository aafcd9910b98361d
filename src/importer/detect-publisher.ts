// The publisher, only where the page names it in a pattern that says so; otherwise undefined (a guess from a
// passing mention, "told Reuters", would be worse than nothing). Patterns, strongest first:
//   "<Name> moderates all comments …"   a site's own comment policy
//   "© 2021 <Name>. All rights reserved" / "Copyright 2021 <Name>"
//   "BAGHDAD, March 3 (<Name>) - …"      a wire dateline opening the body

/** One to six words starting with a capital or digit: an organisation's name, not a sentence. */
function isOrganisationName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length <= 6 && name.length <= 60 && /^[\p{Lu}\d]/u.test(name) && !/[!?]/.test(name) && !/^(?:We|Our|This|It)\b/.test(name);
}

function fromCommentPolicy(line: string): string | undefined {
  const m = /^(.+?)\s+moderates\s+(?:all\s+)?(?:the\s+)?comments\b/i.exec(line);
  return m && isOrganisationName(m[1]!) ? m[1] : undefined;
}

function fromCopyright(line: string): string | undefined {
  const m = /^(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(.+)$/i.exec(line);
  if (!m) return undefined;
  const name = m[1]!
    .split(/\.?\s*all rights reserved/i)[0]!
    .split(/\.\s+|\s+[|·•]\s+/)[0]!
    .replace(/[.,;\s]+$/, '')
    .trim();
  return name && isOrganisationName(name) ? name : undefined;
}

function fromWireDateline(paragraph: string): string | undefined {
  const m = /^\p{Lu}{3,}(?:[ .'’-]\p{Lu}+)*\.?(?:,\s*[^()—–]{1,60}?)?\s*\((\p{Lu}[\p{L}&.' ]{1,30})\)\s*[—–-]/u.exec(paragraph);
  return m && isOrganisationName(m[1]!) ? m[1]!.trim() : undefined;
}

/** The publisher the page names. `lines` are all lines of the page; `firstParagraph` opens the article body. */
export function detectPublisher(lines: readonly string[], firstParagraph: string | undefined): string | undefined {
  for (const detect of [fromCommentPolicy, fromCopyright]) {
    for (const line of lines) {
      const name = detect(line);
      if (name) return name;
    }
  }
  return firstParagraph === undefined ? undefined : fromWireDateline(firstParagraph);
}
