// A case-insensitive regular expression spelled without the `i` flag: each ASCII letter becomes a class of both its
// cases ("ago" → "[aA][gG][oO]"), so it matches the same strings at the same places with the same groups (issue 8,
// round 20). V8 compiles a pattern's native code once for one-byte and once for two-byte strings, and with `i` the
// one-byte compile of chrono-node's time-unit patterns (a unit group repeated up to ten times) took 0.1–0.2 s each on
// a first build; spelled out it takes a fifth of that.
//
// Why it is the same pattern: without the `u` or `v` flag, `i` compares characters by Canonicalize (ECMA-262
// 22.2.2.7.3): a character's upper case, unless that maps a non-ASCII character to an ASCII one. So an ASCII letter
// matches exactly its two cases, `\w`, `\W`, `\d`, `\s` and `\b` match what they match without `i`, and a character
// with no case matches only itself. Anything whose case this does not follow (backreferences, which compare
// ignoring case; `\c`, `\x`, `\u`, `\k`, `\p` and letters written as escapes; named groups and lookbehinds; cased
// non-ASCII characters; the `u`, `v` flags) leaves the pattern as it was.

/** Escapes that stand for the same characters with or without `i`, inside a class or out of it. */
const CASELESS_ESCAPES = new Set(['d', 'D', 's', 'S', 'w', 'W', 'b', 'B', 'n', 'r', 't', 'f', 'v']);

const isAsciiLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

/** A character that `i` leaves alone: only ASCII letters have cases here, other cased characters are refused. */
const hasCase = (c: string) => c.toUpperCase() !== c || c.toLowerCase() !== c;

/** An escaped character that stands for the same characters with or without `i`. */
const isCaselessEscape = (c: string) => (isAsciiLetter(c) ? CASELESS_ESCAPES.has(c) : !hasCase(c));

/** Both cases of an ASCII letter as class members. */
const bothCases = (c: string) => `${c.toLowerCase()}${c.toUpperCase()}`;

/** The source of a class body (between `[` and `]`, a leading `^` included) with every letter in both cases; undefined
 * when it holds something this does not handle. */
function classBody(body: string): string | undefined {
  let out = '';
  let extra = '';
  let i = 0;
  if (body[0] === '^') {
    out += '^';
    i = 1;
  }
  while (i < body.length) {
    const c = body[i]!;
    let atom = c;
    if (c === '\\') {
      const next = body[i + 1];
      if (next === undefined) return undefined;
      if (/[0-9]/.test(next) || !isCaselessEscape(next)) return undefined;
      out += c + next;
      i += 2;
      // An escape ends no range here: a range from or to an escape is refused below.
      if (body[i] === '-' && i + 1 < body.length) return undefined;
      continue;
    }
    if (!/[\x20-\x7e]/.test(c) && hasCase(c)) return undefined;
    if (body[i + 1] === '-' && i + 2 < body.length) {
      // A range "a-z": both ends letters of one case, or neither a letter.
      const end = body[i + 2]!;
      if (end === '\\') return undefined;
      if (!/[\x20-\x7e]/.test(end) && hasCase(end)) return undefined;
      const lower = (x: string) => x >= 'a' && x <= 'z';
      const upper = (x: string) => x >= 'A' && x <= 'Z';
      if (lower(c) && lower(end)) extra += `${c.toUpperCase()}-${end.toUpperCase()}`;
      else if (upper(c) && upper(end)) extra += `${c.toLowerCase()}-${end.toLowerCase()}`;
      else if (c <= 'z' && end >= 'A') return undefined; // spans letters without being a range of letters
      out += `${c}-${end}`;
      i += 3;
      continue;
    }
    if (isAsciiLetter(c)) atom = bothCases(c);
    out += atom;
    i += 1;
  }
  return out + extra;
}

/** `pattern` without the `i` flag and matching exactly as it did, or `pattern` itself when it has no `i` or holds
 * something this does not rewrite. */
export function caselessPattern(pattern: RegExp): RegExp {
  const { source, flags } = pattern;
  if (!flags.includes('i') || /[uv]/.test(flags)) return pattern;
  let out = '';
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1];
      if (next === undefined || /[0-9]/.test(next) || !isCaselessEscape(next)) return pattern;
      out += c + next;
      i += 2;
    } else if (c === '[') {
      let end = i + 1;
      if (source[end] === '^') end++;
      if (source[end] === ']') return pattern; // "[]" and "[^]": rare, not handled
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      if (end >= source.length) return pattern;
      const body = classBody(source.slice(i + 1, end));
      if (body === undefined) return pattern;
      out += `[${body}]`;
      i = end + 1;
    } else if (c === '(' && source[i + 1] === '?') {
      const kind = source[i + 2];
      if (kind !== ':' && kind !== '=' && kind !== '!') return pattern;
      out += source.slice(i, i + 3);
      i += 3;
    } else if (isAsciiLetter(c)) {
      out += `[${bothCases(c)}]`;
      i += 1;
    } else {
      if (!/[\x20-\x7e]/.test(c) && hasCase(c)) return pattern;
      out += c;
      i += 1;
    }
  }
  return new RegExp(out, flags.replace('i', ''));
}
