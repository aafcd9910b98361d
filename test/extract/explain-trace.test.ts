// Extraction's trace (src/extract/trace.ts): what it says was given is what extraction returns, tracing changes
// nothing, and each way of yielding nothing names its reason. Then `npm run explain`, which prints only the trace.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/articles/load-articles.js';
import { segmentBody } from '../../src/articles/segment-body.js';
import { formatIso } from '../../src/calendar/calendar-date.js';
import { extractMentions, traceExtraction } from '../../src/extract/extract-mentions.js';
import { givenMentions, type ExtractionTrace, type TraceStep } from '../../src/extract/trace.js';
import type { Article, Mention } from '../../src/types.js';

// The seeds and the sets already read; never the blind ones (holdout19 and on).
const READ = ['content/articles', 'test/fixtures/eval-articles', 'test/fixtures/holdout-articles', ...[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18].map((n) => `test/fixtures/holdout${n}-articles`)];

const key = (m: Mention) => `${m.sentence}|${formatIso(m.date.date)}|${m.date.qualifier ?? ''}|${m.classification.type}|${m.classification.cue}`;

describe('the trace tells what extraction gave', () => {
  for (const dir of READ) {
    it(`on ${dir}: the mentions the trace gives are extraction's, and tracing changes nothing`, async () => {
      const articles = await loadArticles(dir, { today: '2100-01-01' });
      expect(articles.length).toBeGreaterThan(0);
      for (const article of articles) {
        const plain = extractMentions(article);
        const { extracted, trace } = traceExtraction(article);
        expect(extracted).toStrictEqual(plain);
        expect(givenMentions(trace).map(key)).toEqual(plain.mentions.map(key));
        // Every sentence is accounted for.
        expect(trace.sentences.map((s) => s.index)).toEqual(article.sentences.map((s) => s.index));
      }
    }, 60_000);
  }
});

function page(body: string, published = '2031-05-20'): Article {
  const sentences = segmentBody(body).sentences.map(({ index, id, text, paragraph }) => ({ index, id, text, paragraph }));
  return { slug: 'p', file: 'p.md', title: 'T', published, authors: [], body, sentences } as Article;
}

const steps = (trace: ExtractionTrace, sentence = 0): TraceStep[] => trace.sentences[sentence]!.steps;
const codes = (body: string, sentence = 0) => steps(traceExtraction(page(body)).trace, sentence).map((s) => s.code);

describe('the reasons for nothing', () => {
  it('a negated verb: the classifier says the cue was under "not"', () => {
    const { trace } = traceExtraction(page('The rebels did not attack the depot at Varn on 2 May.'));
    const none = steps(trace).find((s) => s.code === 'no-kind')!;
    expect(none.date?.text).toMatch(/2 May/);
    expect(none.classifier?.map((n) => n.code)).toContain('negated-verb');
    expect(givenMentions(trace)).toEqual([]);
  });

  it('a deadline a year ahead is a target', () => {
    expect(codes('The force will withdraw the rest of its soldiers by 2033.')).toContain('target');
  });

  it('"not … by" a date: what had not happened by then', () => {
    expect(codes('The ministry had not commented on the strike by last night.')).toContain('not-yet-by');
  });

  it('a date inside a purpose infinitive, and a comparison\'s earlier figure, say why they date nothing', () => {
    expect(codes('The governor spoke to the rebel chief by telephone last night, her aides say, to ask for a halt to the shelling before the vote.')).toContain('purpose-clause');
    expect(codes('Roughly 1,200, the interior ministry says, down from 2,050 at the end of April.')).toContain('compared-figure');
  });

  it('page furniture names its kind', () => {
    const { trace } = traceExtraction(page("[Translator's note: the Front also denied the shelling of the weir on 2 May.]"));
    expect(steps(trace).map((s) => s.code)).toEqual(['furniture']);
    expect(steps(trace)[0]!.message).toMatch(/notice/);
  });

  it('a sentence with no date says so; one with a date and a kind gives its mention', () => {
    expect(codes('The talks were long and difficult.')).toEqual(['no-date']);
    const { trace } = traceExtraction(page('Delegations from Osk and Marvale met in Varn on 2 May.'));
    const mention = steps(trace).find((s) => s.code === 'mention')!;
    expect(mention.mention?.classification.type).toBe('talks');
    expect(formatIso(mention.mention!.date.date)).toBe('2031-05-02');
  });
});

describe('npm run explain', () => {
  it('prints each sentence, its dates, and the mention given, from the trace', () => {
    const file = 'content/articles/2021-04-07-us-to-move-remaining-combat-troops-out-of-iraq-joint.md';
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/explain.ts', file], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const out = run.stdout;
    expect(out).toContain('US to move remaining combat troops out of Iraq: joint statement');
    expect(out).toContain('s-2  Iraqi Foreign Minister Fuad Hussein');
    expect(out).toMatch(/ {6}date {2}"on Wednesday", in an article published Wednesday 7 April 2021/);
    expect(out).toContain('kind  talks (CAMEO 046), cue "dialogue on Wednesday, continuing"  → a mention on 2021-04-07, from "on Wednesday"');
    expect(out).toContain('relative-pending  "Hours before the strategic dialogue was held"');
    expect(out).toMatch(/s-4 .*\n {6}no-date {2}nothing: no temporal expression/);
    expect(out).toMatch(/\d+ events? from this article alone:/);
  }, 60_000);
});
