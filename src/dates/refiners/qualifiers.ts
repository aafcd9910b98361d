// Puts the hedge the words gave on the resolved date: "early this month" → early, "mid-July" → mid,
// "late last year" / "the end of 2021" → late, "since 2014" / "after January 2020" → after, "before April" → before.
// A hedge on a single day ("early on Wednesday", "late Tuesday") is a time of day, not a date hedge: none.
// "earlier this month" and "later this year" keep their word in the reason but get no qualifier.
// A qualifier a refiner already set (around, for weeks) is kept.
import { isOpen, type DateRefiner } from '../candidate.js';
import { quoted } from '../reason.js';

export const qualifiers: DateRefiner = (results) =>
  results.map((c) => {
    const r = c.resolved;
    if (!r || c.dropped !== undefined || isOpen(c)) return c;
    const { qualifier, hedge, side } = c.modifiers;
    if (r.qualifier !== undefined || (hedge === undefined && side === undefined)) return c;
    if (qualifier && r.precision !== 'day') {
      return { ...c, resolved: { ...r, qualifier, reason: `${r.reason}; ${quoted(hedge ?? qualifier)} → qualifier ${qualifier}` } };
    }
    if (side) {
      return { ...c, resolved: { ...r, qualifier: side, reason: `${r.reason}; the words place the development ${side} it` } };
    }
    const word = hedge!.toLowerCase();
    const note = r.precision === 'day'
      ? `${quoted(hedge!)} narrows the time of day, no qualifier`
      : word === 'earlier'
        ? `${quoted(hedge!)}: before publication, within that period; no qualifier`
        : word === 'later'
          ? `${quoted(hedge!)}: after publication, within that period; no qualifier`
          : `${quoted(hedge!)} adds no qualifier`;
    return { ...c, resolved: { ...r, reason: `${r.reason}; ${note}` } };
  });
