// caselessPattern: a case-insensitive pattern spelled without `i` matches exactly as before (round 20), on the
// finder's own patterns and on the cases where `i` and spelled-out letters could differ.
import { en, ParsingContext, type Parser } from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caselessPattern } from '../../src/dates/caseless-pattern.js';
import { parsers } from '../../src/dates/pipeline.js';

const context = new ParsingContext('', new Date(2021, 3, 7, 12));
const patterns = [...en.configuration.createCasualConfiguration(false).parsers, ...parsers].map((p: Parser) => p.pattern(context));

/** Pieces of text the patterns react to, in several cases, and characters `i` treats specially: the long s and
 * dotless i upper-case to ASCII letters, the Kelvin sign and dotted capital I lower-case to them. */
const PIECES = [
  'ago', 'AGO', 'Ago', 'before', 'Earlier', 'later', 'AFTER', 'out', 'from now', 'within', 'In', 'for', 'the', 'The', 'a', 'an',
  'few', 'couple', 'half', 'two', 'Twenty-one', 'hours', 'hrs', 'h', 'd', 'w', 'y', 'mo', 'yr', 'day', 'Days', 'week', 'month',
  'year', 'Jan', 'january', 'MARCH', 'Sept.', 'Monday', 'tue', 'noon', 'at', 'pm', 'AM', 'last', 'next', 'this', 'end', 'of',
  'mid', '3rd', 'first', 'Fortnight', '2021', '14', '9', ' ', '  ', '\u00a0', '-', '–', ',', '.', '/', ':',
  '\u017f', '\u0131', '\u212a', '\u0130', 'é', 'É', 'ß', 'ǅ', 'ſunday', 'KELVIN\u212a',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join('')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(' ')),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const outcome = (m: RegExpExecArray | null) => m && { groups: [...m], index: m.index };

describe('caselessPattern', () => {
  it('spells every case-insensitive pattern of the finder without `i`', () => {
    for (const pattern of patterns) {
      const spelled = caselessPattern(pattern);
      expect(spelled.flags).toBe(pattern.flags.replace('i', ''));
    }
  });

  it('matches what each of them matches, at the same place with the same groups', () => {
    const pairs = patterns.map((p) => [p, caselessPattern(p)] as const);
    fc.assert(
      fc.property(text, (s) => {
        for (const [pattern, spelled] of pairs) expect(outcome(spelled.exec(s))).toEqual(outcome(pattern.exec(s)));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives both cases of a letter, in and out of classes and ranges', () => {
    const spelled = caselessPattern(/(\W|^)ago[b-d][^x-z]\s{0,3}[A-C]?/i);
    expect(spelled.source).toBe('(\\W|^)[aA][gG][oO][b-dB-D][^x-zX-Z]\\s{0,3}[A-Ca-c]?');
    for (const s of ['AGOcq', ' aGoDQ', 'agobX', 'agoc\u212a', 'ago\u017fq']) expect(outcome(spelled.exec(s))).toEqual(outcome(/(\W|^)ago[b-d][^x-z]\s{0,3}[A-C]?/i.exec(s)));
  });

  it('leaves alone what it cannot spell the same: no `i`, `u`, backreferences, letter escapes, names, cased non-ASCII', () => {
    for (const pattern of [/ago/, /ago/iu, /(a)\1/i, /\x41/i, /\u0061/i, /\cA/i, /(?<n>a)/i, /(?<=a)b/i, /é/i, /[é]/i, /\é/i, /[ -~]/i, /[0-z]/i, /[]a/i]) {
      expect(caselessPattern(pattern)).toBe(pattern);
    }
  });
});
