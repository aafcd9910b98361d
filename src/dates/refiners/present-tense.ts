// "now", "currently", "at present", "so far", "to date" in a present-tense clause ("There are now 2,500 troops",
// "Iraq currently hosts …", "the mission has now transitioned") date the statement by its publication: the
// publication day, tag present-tense.
// Watch out for: "until now", "by now", "from now on", "now-defunct", "now that …", "now due on …" (not a statement about the
// present); a past or future clause ("was now", "will now"); "so far this year", where the other expression dates it.
import { governingCue } from '../tense.js';
import { drop, isOpen, type DateRefiner } from '../candidate.js';
import { publishedOn, quoted, show } from '../reason.js';

const NOT_PRESENT_LEFT = /\b(?:until|till|by|from|up\s+to|before|since)\s+$/i;
// "is now due on April 14", "are now expected to": "now" updates a schedule, which its own date dates.
const NOT_PRESENT_RIGHT = /^(?:-|\s+that\b|\s+on\b|\s+(?:due|expected|scheduled|slated|set|planned|penciled|pencilled)\b)/i;

export const presentTense: DateRefiner = (results, { sentence, published }) =>
  results.map((c) => {
    const marker = c.tags.includes('dateline/present') || c.tags.includes('casualReference/now');
    if (!isOpen(c) || !marker) return c;
    const { index, text } = c.core;
    const end = index + text.length;
    if (NOT_PRESENT_LEFT.test(sentence.slice(0, index)) || NOT_PRESENT_RIGHT.test(sentence.slice(end))) {
      return drop(c, `${quoted(text)} here marks a span or a condition, not the present`);
    }
    const neighbour = results.find(
      (o) => o !== c && o.dropped === undefined && Math.abs((o.core.index > index ? o.core.index - end : index - (o.core.index + o.core.text.length))) <= 1,
    );
    if (neighbour) return drop(c, `${quoted(text)} belongs to ${quoted(neighbour.core.text)}, which dates it`);
    const cue = governingCue(sentence, index, text.length, ['present', 'perfect', 'past', 'future']);
    if (cue?.kind !== 'present' && cue?.kind !== 'perfect') {
      const why = cue ? `the clause is ${cue.kind} tense (${quoted(cue.text)})` : 'no present-tense verb';
      return drop(c, `${quoted(text)}: ${why}`);
    }
    return {
      ...c,
      resolved: {
        date: published,
        precision: 'day',
        stated: [],
        implied: ['year', 'month', 'day'],
        tag: 'present-tense',
        reason: `${quoted(c.text)} with a present-tense verb (${quoted(cue.text)}), ${publishedOn(published)}: true as of publication, so dated by publication → ${show(published)}`,
      },
    };
  });
