// Page furniture that a copy-paste from a news site drags along, one rule per kind, in the order they are tried.
// Each rule looks at one whitespace-collapsed line and names why it is not article text. Rules here hold anywhere
// in the page; rules that depend on position (bylines, captions before the body, the standfirst) are the
// importer's. Keep every rule about the shape of web pages, never about one outlet's wording.
import { parseDateLine } from './date-line.js';

export interface LineRule {
  reason: string;
  test: (line: string) => boolean;
}

/** The line with leading/trailing punctuation and decoration removed, for whole-line keyword rules. */
const bare = (line: string): string => line.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();

const SHARE_WORDS = new Set([
  'share', 'shares', 'this', 'article', 'story', 'page', 'on', 'via', 'facebook', 'twitter', 'x', 'whatsapp',
  'linkedin', 'email', 'e', 'mail', 'print', 'copy', 'copied', 'link', 'url', 'telegram', 'reddit', 'tweet',
  'pinterest', 'messenger', 'flipboard', 'bluesky', 'threads', 'save', 'saved', 'bookmark', 'gift', 'listen',
  'to', 'audio', 'font', 'size', 'and',
  // brand names a camel-case split breaks apart: WhatsApp, LinkedIn
  'whats', 'app', 'linked', 'in',
]);
const SHARE_STRONG = new Set([
  'share', 'facebook', 'twitter', 'whatsapp', 'linkedin', 'email', 'print', 'telegram', 'reddit', 'tweet',
  'pinterest', 'messenger', 'flipboard', 'bluesky', 'bookmark', 'listen',
]);

/** A line made only of share/save/print buttons, even when pasted glued together ("FacebookTwitterEmail"). */
function isShareWidget(line: string): boolean {
  if (line.length > 100) return false;
  const words = line
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => SHARE_WORDS.has(w)) && words.some((w) => SHARE_STRONG.has(w));
}

/** A caption or credit: "… earlier this month [Getty]", "SOURCE: NAME/AGENCY", "… 2024. Photo: submitted". */
export function isCaptionOrCredit(line: string): boolean {
  return (
    // ends in a bracketed credit: [Getty], [AFP via Getty Images], [Anadolu/Getty]
    /\S.*\[\p{Lu}[^\[\].!?]{0,40}\]$/u.test(line) ||
    // a credit line: "SOURCE: …", "Photo: …", "Image credit: …", "Photo by …", "File photo: …"
    /^(?:source|photo(?:graph)?s?|images?|pictures?|credits?|(?:photo|image) credit|file photo|caption)\s*[:|]/i.test(line) ||
    /^(?:photo(?:graph)?|image|picture)s? (?:by|courtesy|credit|source|caption)s?\b/i.test(line) ||
    // a caption ending in its credit: "… Photo: submitted", "(Photo: AFP)", "… REUTERS/Jane Doe", "… AP Photo/Jane Doe"
    /\b(?:photo|image|picture|credit)s?\s*:\s*[^.!?:]{1,60}\)?$/i.test(line) ||
    /(?:^|[\s(])\p{Lu}{2,}(?: Photo)?\s?\/\s?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}\)?$/u.test(line) ||
    /\b(?:AP Photo|Getty Images|AFP via Getty Images|Shutterstock)\)?$/.test(line)
  );
}

/** Rules that hold anywhere on the page, in the order tried. */
export const LINE_RULES: readonly LineRule[] = [
  {
    reason: 'markup fragment',
    test: (l) => /^!?<?!--|-->$|^<\/?[a-z][^>]*>$|\bgtag\(|\bdataLayer\b|<\/?script\b/i.test(l),
  },
  { reason: 'no text (decoration)', test: (l) => !/[\p{L}\p{N}]/u.test(l) },
  {
    reason: 'navigation',
    test: (l) => /^(?:skip to (?:main )?content|menu|search|sign in|log in|home)$/.test(bare(l)) || /^home\s*[>›»/|]/i.test(l),
  },
  { reason: 'font-size widget', test: (l) => /^(?:A\s*[+\-−]?\s*){2,3}$/.test(l) || /^(?:text|font) size\b/i.test(l) },
  {
    reason: 'reading time',
    test: (l) =>
      /^(?:(?:estimated\s+)?reading time:?\s*)?(?:about\s+)?\d+(?:\s*[-–]\s*\d+)?\s*(?:min|mins|minutes?)\.?(?:\s+(?:read|reading|to read)(?: time)?)?$/i.test(l) ||
      /^\d+[- ]minute read$/i.test(l),
  },
  {
    reason: 'advertisement',
    test: (l) =>
      /^(?:(?:advertisement|advertising|ad|ads|sponsored|sponsored content|promoted|paid content)(?:\W+(?:scroll|continue|story|article)\b.*)?|(?:story|article) continues (?:below|after)(?: (?:this )?(?:ad|advertisement))?|scroll to continue(?: with content)?|continue reading(?: (?:below|the main story))?)$/.test(bare(l)),
  },
  {
    reason: 'share widget',
    test: (l) =>
      isShareWidget(l) ||
      /^(?:click|tap) here to (?:share|follow|subscribe|save|listen)\b/i.test(l) ||
      /^save (?:this )?(?:articles?|stor(?:y|ies)) (?:to|for) read(?:ing)? later\b/i.test(l),
  },
  {
    reason: 'follow-us promo',
    test: (l) =>
      /^(?:follow|like) us\b/i.test(l) ||
      /^follow @?[\p{L}\d_.]+(?: [\p{L}\d_.]+)? on (?:social media|facebook|twitter|x|instagram|telegram|whatsapp|youtube|tiktok|linkedin|threads|bluesky|google news)\b/iu.test(l) ||
      /^join (?:us|our)\b.{0,60}\b(?:channel|telegram|whatsapp|community)\b/i.test(l) ||
      /\bto stay (?:connected|updated|informed)\.?$/i.test(l) && l.length < 160,
  },
  {
    reason: 'newsletter promo',
    test: (l) => l.length < 160 && /^(?:sign up|subscribe|get)\b.{0,100}\b(?:newsletter|inbox|alerts)\b/i.test(l),
  },
  {
    reason: 'related-story link',
    test: (l) =>
      /^(?:read (?:also|more|next)|also read|see also|related(?: (?:article|story|stories|coverage|content|news))?|recommended|more|watch|listen|explainer)\s*[:>»|–—-]\s*\S/i.test(l),
  },
  {
    reason: 'update note',
    test: (l) => /^(?:last\s+)?updated\b/i.test(l) && (parseDateLine(l) !== undefined || /\bago\.?$/i.test(l)),
  },
  { reason: 'photo caption or credit', test: isCaptionOrCredit },
];

/** Why a line is page furniture, or undefined when it may be article text. */
export function junkReason(line: string): string | undefined {
  return LINE_RULES.find((rule) => rule.test(line))?.reason;
}

/**
 * A heading that introduces a short list of links to other stories ("Read next", "Read more", "Up next"): the
 * heading and the headline-like lines under it go, the article resumes at the next sentence.
 */
export function isPromoHeading(line: string): boolean {
  return /^(?:read (?:also|more|next)|also read|see also|up next|what to read next|watch|more on this(?: story)?)$/.test(bare(line));
}

/**
 * Where the article is over: the comments block, a sidebar of other stories, the page footer. The reason applies
 * to this line and everything after it, up to the next marker.
 */
export function trailerReason(line: string): string | undefined {
  const b = bare(line).replace(/[()]/g, '');
  if (
    /^(?:comments?|\d+ comments?|comments? ?\d+|post a comment|leave a (?:comment|reply)|add a comment|write a comment|show comments|view comments|join the (?:conversation|discussion)|discussion)$/.test(b) ||
    /\bmoderates (?:all )?(?:the )?comments\b/i.test(line)
  ) {
    return 'comments block';
  }
  if (
    /^(?:the latest|latest(?: news| stories| articles)?|most (?:read|popular|viewed|shared|commented)|related(?: (?:articles?|stories|news|content|posts?|coverage|topics|links))?|more (?:stories|news|articles)|more (?:from|on|in) [\p{L} ]{1,40}|recommended(?: for you| stories)?|you (?:may|might) also (?:like|be interested in)|trending(?: now| stories)?|popular(?: now| stories)?|editors? picks|top stories|further reading|in other news|(?:explore )?more on (?:this|these) topics?)$/u.test(b)
  ) {
    return `sidebar "${line.replace(/:$/, '')}" and what follows it`;
  }
  if (/^(?:©|\(c\)|copyright\b)/i.test(line) && line.length < 300) return 'page footer';
  if (/^(?:reuse this content|terms of (?:use|service)|privacy policy|cookie (?:policy|settings)|contact us|about us)$/.test(b)) return 'page footer';
  if (/^(?:all rights reserved|tags|topics|filed under|categories)(?:\s*:.*)?$/i.test(line) && line.length < 200) return 'page footer';
  return undefined;
}
