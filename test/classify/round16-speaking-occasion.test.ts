// Sixteenth round (issue 4): "Speaking at the opening of today's session, Secretary-General X said …" (holdout12) was
// dated by nothing: the possessive date named an occasion of none of our kinds, and was then taken for a back-reference.
// The scene-setting phrase's day is the saying's. Sentences of our own, on an invented river border between Osk and
// Marvale.
import { describe, expect, it } from 'vitest';
import { pageOf } from '../helpers/article-of.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';


const kinds = (body: string) => extractMentions(pageOf(body)).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe("round 16: the day of a saying's occasion, in the possessive", () => {
  it('dates the saying, even beside another saying of that day', () => {
    expect(kinds("Speaking at the opening of today's session, Secretary-General Ana Pell said the force had done its job.")).toEqual([['statement', '2031-05-20']]);
    expect(kinds("The council met on Monday. Speaking at Monday's ceremony, the minister said the border would reopen.")).toContainEqual(['statement', '2031-05-19']);
  });

  it("a development the possessive names is still that development, and taken back when told elsewhere", () => {
    expect(kinds("The minister said Sunday's attack had shaken the town.")).toEqual([['attack', '2031-05-18']]);
    expect(kinds("Rebels shelled the port on Sunday. The minister said Sunday's shelling had shaken the town.")).toEqual([['attack', '2031-05-18']]);
  });
});
