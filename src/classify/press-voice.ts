// Whether a saying is the press's or the writer's own voice rather than a party's statement. A journalist named by
// role ("reporter Ines Kell asks why no one has been charged", "correspondent Tom Vos writes") does the outlet's
// reporting, as an outlet named by its kind does ("the broadcaster KTV said", already anonymous in find-cues); and a
// writer who addresses the reader ("A month ago we wrote to you full of hope", "as I told you last week") recalls the
// text's own past, a letter or an appeal, no development. The read gold counts neither (holdout17). Kept apart from
// find-cues, which only asks the questions. Round 20.

import type { Token } from '../nlp/wink.js';
import { PUBLIC_OFFICES } from './vocabulary.js';

/** Roles of the press whose holder, named after the role, speaks for the outlet. */
const PRESS_ROLES = new Set(
  'reporter reporters correspondent correspondents journalist journalists presenter presenters host anchor interviewer columnist columnists commentator commentators editor editors'.split(
    ' ',
  ),
);

/** Roles that belong to the press only on air: a summit or a city has a host too. */
const ON_AIR_ROLES = new Set(['host', 'anchor']);
/** Words that put a host or an anchor on air: "talk-show host Ida Marr", "the radio host", "news anchor Tom Vos". */
const ON_AIR = new Set(
  'show shows programme programmes program programs radio tv television broadcast broadcaster channel podcast news chat'.split(' '),
);
/** Offices whose holder may follow a role as their name does: "Summit host Prime Minister Ada Renn". */
const OFFICE_WORDS = new Set(PUBLIC_OFFICES.split('|'));

/**
 * The noun at `k` (before a name: "reporter Ines Kell", "our correspondent Tom Vos") is a role of the press. "host"
 * and "anchor" only with a word of broadcasting within three words before ("radio host"); and a role followed by an
 * office ("Summit host Prime Minister Ada Renn") names the office-holder, who speaks for their office. Round 20 mend.
 */
export function pressRole(toks: readonly Token[], k: number): boolean {
  const role = toks[k]?.normal ?? '';
  if (!PRESS_ROLES.has(role)) return false;
  if (OFFICE_WORDS.has(toks[k + 1]?.normal ?? '')) return false;
  if (!ON_AIR_ROLES.has(role)) return true;
  return toks.slice(Math.max(0, k - 3), k).some((t) => ON_AIR.has(t.normal));
}

/**
 * The saying verb at `v` has "we" or "I" for its subject and the reader, "you", for its addressee ("we wrote to
 * you", "I told you", "we asked you"), outside a quotation (`quoted`: a speaker quoted addresses someone else). Not
 * "we told the mediator", "the minister told you" (a party may address the public), "they wrote to us".
 */
export function readerAddressed(toks: readonly Token[], v: number, quoted: readonly boolean[]): boolean {
  if (quoted[v]) return false;
  let k = v - 1;
  while (k >= 0 && ['ADV', 'AUX', 'PART'].includes(toks[k]!.pos)) k--;
  if (!/^(?:we|i)$/.test(toks[k]?.normal ?? '')) return false;
  const next = toks[v + 1]?.normal === 'to' ? toks[v + 2] : toks[v + 1];
  return next?.normal === 'you';
}
