// "Anders said of the February session that …", "speaking of the 2029 ceasefire", "wrote about Tuesday's raid": a date
// that modifies the noun a saying is about (between "the" and its noun, or a possessive) dates that topic, never the
// saying, which is told here with no date of its own. The topic keeps its date when its own words tell a development
// ("said of the March 3 bombing": an attack on 3 March). Round 21, found by probing text of our own.
// Watch out for: a date after the topic's noun ("spoke about the talks on Monday") may date the speaking: only a date
// before the noun counts.
import type { ResolvedDate } from '../types.js';

const STOP = '(?:that|which|who|in|on|at|to|and|or|but|when|as|with|for|from|by|was|is|were|had|has|have|will|would|could|should|said|says)';
const TOPIC_OPENER =
  /\b(?:said|says|saying|spoke|speaks|speaking|wrote|writes|writing|talked|talking|commented|commenting|remarked|asked)\s+(?:of|about|on)\s+(?:the\s+|this\s+|last\s+)?$/i;

/**
 * Where the topic noun phrase holding `date` runs, when the date modifies a topic of a saying ("said of the February
 * session"): from the date to the end of its noun phrase. Undefined otherwise.
 */
export function sayingTopic(sentence: string, date: ResolvedDate): { start: number; end: number } | undefined {
  if (!TOPIC_OPENER.test(sentence.slice(0, date.index))) return undefined;
  const after = sentence.slice(date.index + date.text.length);
  // The date must stand before a noun, "February session", "Tuesday's raid", "2029 ceasefire"; not before a verb or a
  // preposition ("said of February that …").
  const noun = new RegExp(String.raw`^(?:['’]s)?\s+(?!${STOP}\b)[a-z][\w-]*(?:\s+(?!${STOP}\b)[a-z][\w-]*){0,2}`).exec(after);
  if (!noun) return undefined;
  const end = date.index + date.text.length + noun[0].length;
  return { start: date.index, end };
}
