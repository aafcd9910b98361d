// Round 17b: mends to plans-not-kept.ts from a review — a put-off word outside the plan's clause or negated, a round
// held "as planned", and the done developments looked up by day instead of all against all.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MERGE_CODE } from '../../src/cache/merge-cache.js';
import { buildEvents } from '../../src/pipeline.js';
import type { TimelineEvent } from '../../src/types.js';
import { storyOf } from '../helpers/story-of.js';

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
