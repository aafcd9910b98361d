// A speaker told by the office they hold in a body: "The Commander of the Air Defence Detachment stated …" and "Colonel
// Ana Esk, the detachment's commander, told reporters …" are one speaker, told once by office and once by name. The
// office and the body it is of make a key both tellings carry (speakers.ts adds it, resolving the body's name).

/** Offices a body has one holder of at a time, each at one word: "chairwoman" and "chair" are one office. */
const OFFICES: Record<string, string> = {
  commander: 'commander',
  chief: 'chief',
  head: 'head',
  leader: 'leader',
  director: 'director',
  president: 'president',
  chairman: 'chair',
  chairwoman: 'chair',
  chairperson: 'chair',
  chair: 'chair',
  'secretary-general': 'secretary-general',
};
const OFFICE = String.raw`(commander|chief|head|leader|director|president|chairman|chairwoman|chairperson|chair|secretary-general)`;
/** The office as a title after a name, capitalised or not: "Nora Falk, President of the Court". */
const TITLE = OFFICE.replace(/\b([a-z])/g, (c) => `[${c}${c.toUpperCase()}]`);
/** A body's name: capitalised words, "of", "for", "and", "the" between them, or an acronym. */
const BODY = String.raw`((?:[A-Z][\w’'-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?)*[A-Z][\w’'-]*?)`;

/** "the Commander of the AADD": the office right before the name, which is the body's. */
const OFFICE_OF = new RegExp(String.raw`\b${OFFICE}\s+of\s+(?:the\s+)?$`, 'i');
/** "AADD commander Ana Esk", "the detachment's commander, Ana Esk": the body, then the office, then the name. */
const BODY_OFFICE_BEFORE = new RegExp(String.raw`(?:${BODY}|\b([a-z]+))(?:['’]s)?\s+${OFFICE},?\s+(?:[A-Z][\w.'’-]*\s+){0,3}$`);
/**
 * "Ana Esk, commander of the AADD", "Ana Esk, the AADD's commander", "Ana Esk, the detachment's commander". The body
 * after "of" runs to its last word: "President of Vessia's Supreme Court" presides over the court, not over Vessia.
 */
const OFFICE_AFTER = new RegExp(String.raw`^,\s+(?:(?:the|a)\s+)?(?:${TITLE}\s+of\s+(?:the\s+)?${BODY}(?![\w’'-])|${BODY}['’]s\s+${OFFICE}\b|([a-z]+)['’]s\s+${OFFICE}\b)`);

export interface Office {
  /** The office, at one word ("commander", "chair"). */
  office: string;
  /** The body's name as written: a name ("AADD", "Air Defence Detachment") or a head in lower case ("detachment"). */
  body: string;
}

/**
 * The office the speaker named `name` at `at` in `quote` holds, and the body it is of, when the sentence tells it: the
 * name is the body itself after "the Commander of", or a person with the office beside them. Undefined otherwise.
 */
export function officeOf(quote: string, name: string, at: number): Office | undefined {
  const before = quote.slice(Math.max(0, at - 80), at);
  const of = OFFICE_OF.exec(before);
  if (of) return { office: OFFICES[of[1]!.toLowerCase()]!, body: name };
  const lead = BODY_OFFICE_BEFORE.exec(before);
  if (lead && (lead[1] || lead[2])) return { office: OFFICES[lead[3]!.toLowerCase()]!, body: (lead[1] ?? lead[2])! };
  const after = OFFICE_AFTER.exec(quote.slice(at + name.length, at + name.length + 80));
  if (!after) return undefined;
  if (after[1]) return { office: OFFICES[after[1].toLowerCase()]!, body: after[2]! };
  if (after[3]) return { office: OFFICES[after[4]!.toLowerCase()]!, body: after[3] };
  return { office: OFFICES[after[6]!.toLowerCase()]!, body: after[5]! };
}
