// Bylines: "By Jane Doe and John Roe", "Written by Jane Doe, Staff Writer", or a bare personal-name line
// ("Sura Ali", "Dilan Sirwan @DeelanSirwan"). Whether a bare name line is a byline depends on where it stands,
// so that decision is the importer's; this module only says what is a name.

// Lower-case particles inside personal names: "Abu Bakr al Baghdadi", "Ursula von der Leyen".
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'de', 'da', 'di', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'dos', 'das', 'y']);

// Capitalised words that make a line a role, a section or an organisation rather than a person:
// "Prime Minister", "Staff Writer", "Middle East", "Breaking News".
const NOT_NAME_WORDS = new Set([
  'the', 'and', 'of', 'for', 'in', 'on', 'at', 'to', 'with',
  'president', 'minister', 'prime', 'secretary', 'general', 'gen', 'spokesman', 'spokeswoman', 'spokesperson',
  'ambassador', 'envoy', 'king', 'queen', 'prince', 'commander', 'officer', 'official', 'officials', 'governor',
  'mayor', 'senator', 'chief', 'deputy', 'adviser', 'advisor',
  'staff', 'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'editor', 'editors', 'contributor',
  'columnist', 'desk', 'team', 'bureau', 'agency', 'agencies', 'wire', 'wires', 'services',
  'news', 'press', 'media', 'report', 'reports', 'world', 'middle', 'east', 'west', 'north', 'south', 'region',
  'politics', 'opinion', 'analysis', 'business', 'security', 'breaking', 'live', 'latest', 'top', 'stories',
  'story', 'home', 'international', 'national', 'local', 'sports', 'video', 'videos', 'photo', 'photos', 'gallery',
  'united', 'states', 'forces', 'army', 'government', 'ministry', 'council', 'party', 'read', 'more', 'share',
]);

const NAME_TOKEN = /^(?:(?:al|el|Al|El|bin|ibn|Abu)-)?(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;
const INITIAL = /^\p{Lu}\.$/u;
const HANDLE = /(?:^|\s)@[\w.]+/g;

/** The line without social-media handles ("Dilan Sirwan @DeelanSirwan" → "Dilan Sirwan"). */
export function stripHandles(line: string): string {
  return line.replace(HANDLE, ' ').replace(/\s+/g, ' ').trim();
}

export function hasHandle(line: string): boolean {
  return /(?:^|\s)@[\w.]+/.test(line);
}

/** "ZEKE MILLER" → "Zeke Miller", "AL-KADHIMI" → "Al-Kadhimi": wire bylines are often set in capitals. */
function fromCapitals(text: string): string {
  return text.toLowerCase().replace(/(^|[\s\-'’])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * The text as a personal name (title-cased if it was set in capitals), or undefined: two to four words shaped like
 * a name, none of them a role or section word.
 */
export function asPersonalName(text: string): string | undefined {
  const trimmed = text.trim();
  const name = /\p{Ll}/u.test(trimmed) ? trimmed : fromCapitals(trimmed);
  return isNameShaped(name) ? name : undefined;
}

export function isPersonalName(text: string): boolean {
  return asPersonalName(text) !== undefined;
}

function isNameShaped(text: string): boolean {
  const tokens = text.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 4 || text.length > 40) return false;
  let capitalised = 0;
  for (const token of tokens) {
    if (NOT_NAME_WORDS.has(token.toLowerCase().replace(/\.$/, ''))) return false;
    if (PARTICLES.has(token)) continue;
    if (!NAME_TOKEN.test(token) && !INITIAL.test(token)) return false;
    capitalised += 1;
  }
  return capitalised >= 2;
}

/** Names in a list such as "Jane Doe, John Roe and Ali Hassan in Baghdad"; parts that are not names are dropped. */
export function namesIn(list: string): string[] {
  return stripHandles(list)
    .split(/\s*(?:[,;]|\band\b|&)\s*/i)
    .map((part) => asPersonalName(part.replace(/\s+in\s+\p{Lu}.*$/u, '')))
    .filter((name): name is string => name !== undefined);
}

const BY_PREFIX = /^(?:(?:(?:written|words|story|text|report(?:ed)?)\s+)?by\s*:?\s+|authors?\s*:\s*)(.+)$/i;

/**
 * The authors of a "By …" line, or undefined when the line is not one. "By Reuters" is a byline with no personal
 * author (an empty list); "By the time troops left, …" is a sentence, not a byline.
 */
export function parseByLine(line: string): string[] | undefined {
  const m = BY_PREFIX.exec(line.trim());
  if (!m) return undefined;
  const rest = m[1]!;
  if (rest.length > 100 || /[.!?]["”’]?$/.test(rest) && !/\b\p{Lu}\.$/u.test(rest)) return undefined;
  const names = namesIn(rest);
  if (names.length > 0) return names;
  // No personal name: still a byline when every word is capitalised ("By Reuters Staff", "By AFP").
  const words = stripHandles(rest).split(/\s+/);
  return words.length <= 4 && words.every((w) => /^[\p{Lu}\d]/u.test(w)) ? [] : undefined;
}
