// Sixteenth round (issue 4): sentences that look like talks and tell none — a deliberative body's own sitting ("The
// council meets in April to decide …") and a visit by a thing ("A mobile clinic will visit villages from 9 May"),
// both excluded by the read gold of holdout13. Sentences of our own, on an invented river border between Osk and
// Marvale.
import { describe, expect, it } from 'vitest';
import { pageOf } from '../helpers/article-of.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions } from '../../src/extract/extract-mentions.js';


const kinds = (body: string) => extractMentions(pageOf(body)).mentions.map((m) => [m.classification.type, formatIso(m.date.date)]);

describe("round 16: a body's own sitting is no talks", () => {
  it.each([
    'The national assembly meets in June to decide whether the brigade stays.',
    'The cabinet will meet on 2 June.',
    'The security committee met again on 12 May.',
  ])('%s', (text) => {
    expect(kinds(text).filter(([k]) => k === 'talks')).toEqual([]);
  });

  it('a body meeting someone, or meeting with someone, still meets', () => {
    expect(kinds('The council met the Osk envoy on 3 May.')).toEqual([['talks', '2031-05-03']]);
    expect(kinds('The council met with rebel leaders on 3 May.')).toEqual([['talks', '2031-05-03']]);
    expect(kinds('Negotiators from both sides will meet on 2 June.')).toEqual([['talks', '2031-06-02']]);
  });
});

describe('round 16: a visit is a person\'s, not a service\'s', () => {
  it.each(['A mobile library will visit the camps from 4 June.', 'Mobile clinics visited six villages on 3 May.'])('%s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('a person or a delegation still visits', () => {
    expect(kinds('The Osk envoy visited the camps on 3 May.')).toEqual([['talks', '2031-05-03']]);
    expect(kinds('A Marvale delegation visited Osk on 3 May.')).toEqual([['talks', '2031-05-03']]);
  });
});
