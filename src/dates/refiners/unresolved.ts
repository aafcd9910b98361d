// The last step: whatever no refiner resolved yields nothing, with the reason recorded for `traceDates`.
import { drop, isOpen, type DateRefiner } from '../candidate.js';
import { quoted } from '../reason.js';

export const unresolved: DateRefiner = (results) =>
  results.map((c) => (isOpen(c) ? drop(c, `no rule resolves ${quoted(c.core.text)}`) : c));
