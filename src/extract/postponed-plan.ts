// "The second round, due on 11 December, was put back a week", "announced that the round set for Friday would be
// called off", "the vote, postponed from 3 May, …": a date given to a plan that the same sentence says was put back, put
// off or called off is the plan's date, not kept. It dates no development (round 17: such a round came out as talks on
// the day it did not open). The plan's new date, and the day the putting off was announced, keep their own readings.
// Only a date right after the plan's words ("due on", "set for", "scheduled to open on", "postponed from"), and only
// beside a verb of putting off that is not negated ("will not be postponed" keeps the plan).

/** What a plan is to do ("due to open on"; not "due to rain on"). */
const PLANNED_ACT = String.raw`to\s+(?:open|start|begin|resume|reopen|convene|reconvene|meet|sit|be\s+held|take\s+place|leave|arrive|end|close|sign|vote|return|expire)`;
/** The words a plan's date follows: "due (on)", "set for", "scheduled to open on", "originally planned for". */
const PLAN_BEFORE = new RegExp(
  String.raw`\b(?:due(?:\s+${PLANNED_ACT})?(?:\s+(?:on|in|for))?|(?:set|scheduled|planned|slated|timed|pencil+ed\s+in)(?:\s+${PLANNED_ACT}\s+(?:on|in)|\s+(?:for|on))|` +
    String.raw`(?:postponed|delayed|put\s+back|put\s+off|pushed\s+back|moved|rescheduled|deferred)(?:\s+[a-z]+){0,2}?\s+from)\s*$`,
  'i',
);
/** A verb of putting a plan off (not "moved": troops move). */
const PUT_OFF =
  /\b(?:put|puts|putting|pushed|pushes|pushing)\s+(?:[a-z]+\s+){0,2}?(?:back|off)\b|\b(?:postpone[sd]?|postponing|delay(?:s|ed)?|defer(?:s|red)?|cancel(?:s|led|ed)?|call(?:s|ed)?\s+(?:it\s+)?off|reschedul(?:e|es|ed))\b/gi;
/** Words that make the plan after them the new one: "now due", "newly set for", "instead scheduled for". */
const NEW_PLAN = /\b(?:now|new|newly|instead)\s+(?:(?:is|are|was|were|be|been)\s+)?$/i;
const NEGATED = /\b(?:not|never|n['’]t|no\s+longer)\s+(?:(?:be|been|being|have)\s+){0,2}$/i;

/** The words before a verb of putting off negate it ("will not be postponed", "has never been delayed"). */
export const negatesPutOff = (before: string): boolean => NEGATED.test(before);

/** The date at `index` is a plan's, put off or called off in the same sentence (see the header). */
export function postponedPlan(sentence: string, index: number, text: string): boolean {
  // (The date's words may hold its preposition: "on 11 December".)
  const preposition = /^(?:on|in|for|from)\s+/i.exec(text)?.[0] ?? '';
  const before = sentence.slice(Math.max(0, index - 60), index) + preposition;
  const plan = PLAN_BEFORE.exec(before);
  if (!plan) return false;
  // "is now due to open on 18 December", "are now set for", "newly scheduled for": the plan as it stands after the
  // putting off, so its date is the new one. (Not "now postponed from 11 December": that date is still the old one.)
  if (!/from\s*$/i.test(plan[0]) && NEW_PLAN.test(before.slice(0, plan.index))) return false;
  // (Within the sentence's clause group: a verb past a semicolon tells another matter.)
  const start = sentence.lastIndexOf(';', index) + 1;
  const semicolon = sentence.indexOf(';', index);
  const end = semicolon < 0 ? sentence.length : semicolon;
  const part = sentence.slice(start, end);
  for (const m of part.matchAll(PUT_OFF)) {
    if (!NEGATED.test(part.slice(0, m.index))) return true;
  }
  return false;
}
