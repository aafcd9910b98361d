// "About 4,600, the mission says, down from 9,100 at the start of February", "300 remain, up from 120 in March": a date
// right after the earlier figure of a comparison dates that figure, a level then. It never dates a saying in the
// sentence: what the speaker says is said now, of both figures. (A troop level at that date still counts.)
// Watch out for: "from 3 March" (a date, no figure), "from 2,000 to 1,200 by June" (a move to a target, not a figure
// compared).

/** Words from "from" (or "compared with") through the earlier figure, ending right before the date. */
const COMPARED_BEFORE = new RegExp(
  String.raw`\b(?:from|compared\s+(?:with|to)|against)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|under|fewer\s+than|less\s+than|just|a\s+(?:peak|high|low)\s+of)\s+)*\d[\d,.]*\s*(?:[a-z]+\s+){0,2}?(?:at|in|on|during|by)?\s*$`,
  'i',
);

/** The date at `index` closes the earlier figure of a comparison. */
export function datesComparedFigure(sentence: string, index: number): boolean {
  return COMPARED_BEFORE.test(sentence.slice(Math.max(0, index - 80), index));
}
