// Round 17b: mends to plans-not-kept.ts from a review — a put-off word outside the plan's clause or negated, a round
// held "as planned", and the done developments looked up by day instead of all against all.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MERGE_CODE } from '../../src/cache/merge-cache.js';
import { addDays, formatIso, parseCalendarDate } from '../../src/calendar/calendar-date.js';
import { contentWords } from '../../src/events/mention-evidence.js';
import { mergeMentions } from '../../src/events/merge-mentions.js';
import { dropPlansNotKept } from '../../src/events/plans-not-kept.js';
import { buildEvents } from '../../src/pipeline.js';
import type { TimelineEvent } from '../../src/types.js';
import { mentionsOf, storyOf } from '../helpers/story-of.js';

const ofType = (type: string) => (events: TimelineEvent[]) => events.filter((e) => e.type === type).map((e) => e.date);
const talks = ofType('talks');
const troops = ofType('troops');

describe('round 17b: plans not kept', () => {
  it("a put-off word past a semicolon, or negated, leaves the plan", () => {
    const plan = storyOf('plan', '2037-12-10', ["The third round of talks is due to open on 18 December; the rebels' delayed reply arrived on Monday."]);
    expect(talks(buildEvents([plan]))).toContain('2037-12-18');
    const kept = storyOf('kept', '2037-04-02', ['The Selmani signals company is due to leave Port Ardo on 20 April, and its departure will not be delayed.']);
    expect(troops(buildEvents([kept]))).toEqual(['2037-04-20']);
  });

  it('a round that opened "as planned" is held, not a plan', () => {
    const held = storyOf('held', '2037-05-20', ['The second round of talks opened as planned on 18 May.']);
    const resumed = storyOf('resumed', '2037-06-03', ['The second round of talks resumed in Osk on 2 June after a break.']);
    expect(talks(buildEvents([held, resumed]))).toEqual(['2037-05-18', '2037-06-02']);
  });
});

describe('round 17b: the merge cache is keyed by all the code merging runs', () => {
  it('every file merge-mentions.ts imports, directly or not (types aside), is in MERGE_CODE', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const [, spec] of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gm)) visit(path.join(path.dirname(file), spec!.replace(/\.js$/, '.ts')));
    };
    visit('src/events/merge-mentions.ts');
    const covered = (file: string) => MERGE_CODE.some((entry) => file === entry || file.startsWith(`${entry}/`));
    expect([...seen].filter((file) => !covered(file))).toEqual([]);
  });
});

describe('round 17b: plans looked up by day', () => {
  // Rounds planned and held on days over a year's end, by a fixed pseudo-random sequence: a plan is dropped exactly
  // when a round of its step was held 1 to 45 days after it (the all-pairs rule the day index replaced).
  const ORDINALS = ['second', 'third', 'fourth', 'fifth'];
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  let seed = 17;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), (seed >>> 8) % n);
  const told = (step: number, offset: number) => {
    const d = addDays(parseCalendarDate('2037-11-01')!, offset);
    return { step, day: formatIso(d), words: `${ORDINALS[step]} round of talks`, on: `${d.day} ${MONTHS[d.month! - 1]} ${d.year}` };
  };
  const plans = Array.from({ length: 40 }, () => told(next(4), next(240)));
  const held = Array.from({ length: 16 }, () => told(next(4), next(240)));
  const articles = [
    ...plans.map((p, i) => storyOf(`plan-${i}`, '2037-10-01', [`The ${p.words} is due to open on ${p.on}.`])),
    ...held.map((h, i) => storyOf(`held-${i}`, '2038-08-01', [`The ${h.words} opened on ${h.on}.`])),
  ];

  it('drops the same plans as looking at every held round', () => {
    const gap = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
    const expected = [...new Set(plans.filter((p) => !held.some((h) => h.step === p.step && gap(p.day, h.day) >= 0 && gap(p.day, h.day) <= 45)).map((p) => p.day + p.step))].sort();
    const kept = dropPlansNotKept(mergeMentions(mentionsOf(articles)))
      .filter((c) => c.every((m) => m.article.startsWith('plan-')))
      .map((c) => formatIso(c[0]!.date.date) + plans[Number(c[0]!.article.slice(5))]!.step)
      .sort();
    expect(kept).toEqual(expected);
    expect(kept.length).toBeGreaterThan(5);
    expect(kept.length).toBeLessThan(plans.length - 5);
  });
});

describe('round 17b: stems', () => {
  it('every form of "flee" meets, as every form of "hold" does', () => {
    expect(new Set(contentWords('flee flees fled fleeing'))).toEqual(new Set(contentWords('flee')));
    expect(new Set(contentWords('hold holds held holding'))).toEqual(new Set(contentWords('hold')));
    expect(new Set(contentWords('agree agreed agreeing'))).toEqual(new Set(contentWords('agree')));
  });
});
