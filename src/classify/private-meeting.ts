// A private body's own meeting is no talks: "The chess club met on Wednesday", "Shareholders met on Thursday to
// approve the merger", "The board of Sallow Shipping met to review insurance costs", "sales representatives met buyers
// at the trade fair". CAMEO consults between political actors; clubs and companies doing their own business among
// themselves are none (a company's managers meeting army commanders or a governor stay talks: someone public is met).
// Round 21, probes of our own.

import type { Token } from '../nlp/wink.js';

/** People and bodies of private business or leisure, met or meeting. */
const PRIVATE = new Set(
  ('club|clubs|society|societies|choir|choirs|shareholders|stockholders|investors|directors|buyers|sellers|customers|' +
    'clients|suppliers|dealers|salespeople|salesmen|saleswomen|sales|bankers|creditors|lenders|franchisees|distributors|' +
    'exhibitors|members|retailers|wholesalers|shoppers|exporters|importers|manufacturers').split('|'),
);
/** Last words of a company's name: "the board of Sallow Shipping", "Greyfold Mining's board". */
const COMPANY_HEADS = new Set(
  'shipping|mining|bank|airlines|airways|holdings|group|corp|corporation|inc|ltd|plc|company|co|energy|oil|motors|telecom|insurance|foods|industries|logistics|steel|textiles|pharmaceuticals'.split('|'),
);

function isPrivate(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  if (PRIVATE.has(t.normal)) return true;
  // A company's board: "the board of Sallow Shipping", "the company's board".
  if (t.normal === 'board' || t.normal === 'boards') {
    const after = toks.slice(k + 1, k + 6);
    if (after[0]?.normal === 'of' && after.slice(1).some((x) => x.normal === 'directors' || (/^[A-Z]/.test(x.text) && COMPANY_HEADS.has(x.normal)))) return true;
    const owner = toks[k - 2];
    if (/^['’]s?$/.test(toks[k - 1]?.text ?? '') && owner && (owner.normal === 'company' || COMPANY_HEADS.has(owner.normal))) return true;
  }
  return false;
}

/** Whether anyone named in toks[from, to) is public: a name, or a noun not of private business. */
function anyPublic(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    // (A private word capitalised at the sentence's start is no name: "Shareholders met …".)
    // (Nor a name modifying a private noun: "Tarskian exporters", "Kell Bank shareholders".)
    if (t.pos === 'PROPN' && PRIVATE.has(toks[k + 1]?.normal ?? '')) continue;
    if (t.pos === 'PROPN' && !COMPANY_HEADS.has(t.normal) && !PRIVATE.has(t.normal)) {
      // (A name inside "the board of X Shipping" belongs to the company.)
      const run = toks.slice(k, k + 4).find((x) => x.pos !== 'PROPN' || COMPANY_HEADS.has(x.normal));
      if (!(run && COMPANY_HEADS.has(run.normal))) return true;
    }
  }
  return false;
}

/**
 * The meeting verb at `v` ("met", "meets", "will meet") has a private subject (PRIVATE, or a company's board) in its
 * clause and meets nobody public: nothing after it, or only private people ("met buyers at the fair").
 */
export function privateMeeting(toks: readonly Token[], v: number): boolean {
  if (toks[v]?.lemma !== 'meet' && !/^(?:meet|meets|met|meeting)$/.test(toks[v]?.normal ?? '')) return false;
  let start = 0;
  for (let k = v - 1; k >= 0; k--) {
    const t = toks[k]!;
    if (/^[;:,"“”]$/.test(t.text) || t.pos === 'SCONJ' || t.normal === 'and') {
      start = k + 1;
      break;
    }
  }
  let subject = false;
  for (let k = start; k < v; k++) if (isPrivate(toks, k)) subject = true;
  if (!subject) return false;
  // What is met: the nouns after the verb (or after "with") up to a time, place or purpose.
  let k = v + 1;
  if (toks[k]?.normal === 'with') k++;
  const from = k;
  while (k < toks.length && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(toks[k]!.pos)) k++;
  const met = toks.slice(from, k).filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  if (met.length && !met.some((t, j) => PRIVATE.has(t.normal) && j === met.length - 1)) return false;
  return !anyPublic(toks, start, v);
}
