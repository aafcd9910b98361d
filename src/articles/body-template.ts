// Filling a rendered body's slots with event links (render-body.ts makes the template). Kept apart from rendering
// so a build whose articles all come from the cache fills their bodies without loading the Markdown processor.
import { normalizeUri } from 'micromark-util-sanitize-uri';

export interface SentenceLink {
  url: string;
  /** Link text, e.g. "event: 14 April 2021, attack". */
  label: string;
}

/** `s-1`, `s-2`, …: 1-based so a reader's "sentence 1" is `#s-1`. */
export function sentenceId(index: number): string {
  return `s-${index + 1}`;
}

// A slot is NUL, the sentence's index, NUL: no article holds a NUL (load-articles refuses binary files, and
// Markdown turns `&#0;` into U+FFFD), so nothing else in a body can look like one.
const SLOT = /\u0000(\d+)\u0000/g;
const SPAN = /<span id="s-(\d+)">/g;

/** The finished body: cited sentences get class "cited" and, in their slot, a link to each event they gave. */
export function fillBodyTemplate(template: string, links: ReadonlyMap<number, readonly SentenceLink[]> = new Map()): string {
  return template
    .replace(SPAN, (tag, n: string) => (links.get(Number(n) - 1)?.length ? `<span id="s-${n}" class="cited">` : tag))
    .replace(SLOT, (_, n: string) => (links.get(Number(n)) ?? []).map(refHtml).join(''));
}

/**
 * One event link, written as the body's processor writes a Markdown link (a test holds the two to the same bytes):
 * the URL normalised as micromark does (the processor's own function: unsafe characters percent-encoded), then
 * `&`, `'`, `"` and backquote escaped in the attribute as the serialiser escapes them; `&` and `<` in the text.
 */
export function refHtml(ref: SentenceLink): string {
  const label = ref.label.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;');
  const href = normalizeUri(ref.url).replace(/[&'`"]/g, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
  return ` <a href="${href}" class="event-ref">[${label}]</a>`;
}
