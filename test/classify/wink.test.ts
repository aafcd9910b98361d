import { describe, expect, it } from 'vitest';
import { splitSentences, tokens } from '../../src/nlp/wink.js';

/** Every span must be the exact slice of the input it claims to be. */
function texts(input: string): string[] {
  const spans = splitSentences(input);
  for (const s of spans) expect(input.slice(s.start, s.end)).toBe(s.text);
  return spans.map((s) => s.text);
}

describe('splitSentences', () => {
  it('exposes offsets into the input', () => {
    const input = '  He left.  She stayed. ';
    expect(splitSentences(input)).toEqual([
      { text: 'He left.', start: 2, end: 10 },
      { text: 'She stayed.', start: 12, end: 23 },
    ]);
  });

  it('splits a seed paragraph whose quotation closes the sentences', () => {
    const input =
      '“We are visiting Washington to set out our relationship with America. The Iraqi army still needs their forces for training. We need their support to our air force, and we need their intelligence support in the fight against ISIS (Islamic State),” Kadhimi said in an interview with the Saudi owned al-Hadath TV on Sunday. ';
    expect(texts(input)).toEqual([
      '“We are visiting Washington to set out our relationship with America.',
      'The Iraqi army still needs their forces for training.',
      'We need their support to our air force, and we need their intelligence support in the fight against ISIS (Islamic State),” Kadhimi said in an interview with the Saudi owned al-Hadath TV on Sunday.',
    ]);
  });

  it('keeps a closing quote with its sentence and starts the next after it', () => {
    const input =
      '“The visit will be to set out this relationship,” Kadhimi added. “There is no need for combat troops.” The Iraqi PM is set to visit Washington on July 26.';
    expect(texts(input)).toEqual([
      '“The visit will be to set out this relationship,” Kadhimi added.',
      '“There is no need for combat troops.”',
      'The Iraqi PM is set to visit Washington on July 26.',
    ]);
  });

  it('does not split at abbreviations', () => {
    expect(texts('The U.S. military said Lt. Gen. John Smith met Mr. Ali in Baghdad. He left on Monday.')).toEqual([
      'The U.S. military said Lt. Gen. John Smith met Mr. Ali in Baghdad.',
      'He left on Monday.',
    ]);
  });

  it('ends a caption at its photo credit', () => {
    const input =
      'The latest round of US-Iraqi strategic dialogue concluded earlier this month [Getty] Iraqi Prime Minister Mustafa Al-Kadhimi has said that his government has succeeded.';
    expect(texts(input)).toEqual([
      'The latest round of US-Iraqi strategic dialogue concluded earlier this month [Getty]',
      'Iraqi Prime Minister Mustafa Al-Kadhimi has said that his government has succeeded.',
    ]);
  });

  it('does not end a sentence at a bracketed gloss', () => {
    const input = 'He warned of a return of IS [Islamic State], officials said. Then he left.';
    expect(texts(input)).toEqual(['He warned of a return of IS [Islamic State], officials said.', 'Then he left.']);
  });

  it('treats line breaks of scraped pages as boundaries', () => {
    const input = '2 min read\n19 April, 2021\nThe latest round of strategic dialogue concluded earlier this month\n\nNext paragraph.';
    expect(texts(input)).toEqual([
      '2 min read',
      '19 April, 2021',
      'The latest round of strategic dialogue concluded earlier this month',
      'Next paragraph.',
    ]);
  });

  it('joins the lines of hard-wrapped prose', () => {
    const input =
      'The foreign ministers of both countries met in the capital on Tuesday for\n' +
      'a second round of talks on border security and the return of refugees, a\n' +
      'ministry spokesman said. No date was set for the next round.';
    expect(texts(input)).toEqual([
      'The foreign ministers of both countries met in the capital on Tuesday for\na second round of talks on border security and the return of refugees, a\nministry spokesman said.',
      'No date was set for the next round.',
    ]);
  });

  it('returns nothing for blank input', () => {
    expect(splitSentences('  \n ')).toEqual([]);
  });
});

describe('tokens', () => {
  it('gives offsets, tags and lemmas', () => {
    const sentence = 'Biden met Al-Kadhimi’s envoy; 2,500 troops remain.';
    const toks = tokens(sentence);
    for (const t of toks) expect(sentence.slice(t.start, t.end)).toBe(t.text);
    const met = toks.find((t) => t.text === 'met')!;
    expect(met).toMatchObject({ pos: 'VERB', lemma: 'meet' });
    expect(toks.find((t) => t.text === 'Kadhimi')).toMatchObject({ pos: 'PROPN', oov: true });
    expect(toks.find((t) => t.text === 'troops')).toMatchObject({ lemma: 'troop', oov: false });
  });
});

describe('splitSentences and abbreviations', () => {
  it('keeps abbreviated months with their day', () => {
    expect(
      texts('On Monday, Nov. 14, a patrol boat rammed a trawler. The next round is scheduled for Feb. 2 in Geneva. It ended.'),
    ).toEqual(['On Monday, Nov. 14, a patrol boat rammed a trawler.', 'The next round is scheduled for Feb. 2 in Geneva.', 'It ended.']);
  });
});

describe('splitSentences offsets', () => {
  it('stay exact across long runs of whitespace, emoji and curly punctuation', () => {
    const input = 'He left.' + ' '.repeat(80) + '\n\n\n   She stayed 🙂 — “briefly.” ' + '\t'.repeat(70) + 'It’s over.';
    expect(texts(input)).toEqual(['He left.', 'She stayed 🙂 — “briefly.”', 'It’s over.']);
  });
});
