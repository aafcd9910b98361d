// Whether a count of soldiers or officers names people dealt with by a court, a commander or a head of state, not a
// force's strength: "The president pardoned 40 soldiers jailed for the mutiny", "the court acquitted three officers",
// "12 soldiers were court-martialled on Monday". (Casualties and captives are find-cues' casualties.) Round 21
// (probes of our own).

import type { Token } from '../nlp/wink.js';

/** Verbs of justice and discipline done to people. (Not "released" or "freed": a force releases its reservists.) */
const DEALT = new Set(
  (
    'pardon pardoned pardons pardoning jail jailed jails sentence sentenced convict convicted charge charged arrest ' +
    'arrested arrests detain detained try tried acquit acquitted acquits court-martial court-martialled court-martialed ' +
    'dismiss dismissed sack sacked purge purged expel expelled execute executed promote promoted decorate decorated ' +
    'honour honoured honor honored punish punished discipline disciplined suspend suspended indict indicted prosecute ' +
    'prosecuted question questioned interrogate interrogated court'
  ).split(' '),
);

/**
 * The troop count over `first`…`last` is the object of such a verb right before it (over a determiner or an adverb:
 * "pardoned all 40 soldiers") or its subject in the passive ("40 soldiers were jailed", "three officers have been
 * dismissed").
 */
export function disciplinedCount(toks: readonly Token[], first: number, last: number): boolean {
  // ("recovered the bodies of two sailors": the dead, found. Round 21.)
  if (toks[first - 1]?.normal === 'of' && /^(?:bodies|remains|coffins|graves|funerals)$/.test(toks[first - 2]?.normal ?? '')) return true;
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    const t = toks[k]!;
    if (DEALT.has(t.normal)) return true;
    if (!['DET', 'ADV'].includes(t.pos)) break;
  }
  let k = last + 1;
  while (k < toks.length && k <= last + 4 && (toks[k]!.pos === 'AUX' || toks[k]!.pos === 'ADV' || toks[k]!.text === '-')) k++;
  return k > last + 1 && toks[k - 1]?.pos === 'AUX' && DEALT.has(toks[k]?.normal ?? '');
}
