import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importRawText, type ImportResult } from '../../src/importer/import-raw-text.js';

const seed = (name: string): string => readFileSync(new URL(`../fixtures/seeds-raw/${name}`, import.meta.url), 'utf8');

interface SeedCase {
  file: string;
  title: string;
  published: string;
  authors: string[];
  publisher?: string;
  description?: string;
  first: string;
  last: string;
  /** Lines of page furniture that must not reach the body (as pasted, whitespace collapsed). */
  junk: string[];
}

const COMMENTS = [
  'Comments',
  'moderates all comments submitted on our website',
  'To be approved for publication, however, your comments must meet our community guidelines.',
  'We will not tolerate the following',
  'Comments that do not meet our guidelines will be rejected.',
  'Post a comment',
];

const SEEDS: SeedCase[] = [
  {
    file: '000_042b59dc9f735874.txt',
    title: 'Iraq PM hints at progress on coalition troop withdrawal',
    published: '2021-04-19',
    authors: [],
    description: 'Prime Minister Mustafa Al-Kadhimi praised the readiness of Iraqi forces to assume the anti-IS combat role when coalition troops leave.',
    first: 'Iraqi Prime Minister Mustafa Al-Kadhimi has said that his government has succeeded',
    last: 'The Biden administration has yet to respond to the expansion of the PMF, which was recognised as a branch of the Iraqi armed forces in 2017.',
    junk: ['2 min read', '19 April, 2021', '[Getty]', 'Read also:', 'Follow us on', 'to stay connected'],
  },
  {
    file: '001_1b9c7798e4e7c789.txt',
    title: 'Iraq working on timetable for US troop withdrawal: PM advisor',
    published: '2021-03-24',
    authors: ['Sura Ali'],
    publisher: 'Rudaw',
    first: 'ERBIL, Kurdistan Region — The Iraqi government is working on a timetable for troop withdrawal',
    last: 'US President Joe Biden spoke with Kadhimi on Tuesday and discussed recent rocket attacks against Iraqi and Coalition personnel, with an insistence from both sides to hold to account the perpetrators., according to a readout from the White House.',
    junk: ['24-03-2021', 'Sura Ali', 'A+ A-', ...COMMENTS],
  },
  {
    file: '002_e0ec57b5396342bc.txt',
    title: 'Iraqi PM Kadhimi Says US Combat Troops No Longer Required to Fight Islamic State',
    published: '2021-07-26',
    authors: [],
    description: 'Iraqi PM Mustafa al-Kadhimi said Iraq no longer requires American combat troops to fight ISIS, and will seek a timeline for their withdrawal.',
    first: 'Iraq no longer requires American combat troops to fight the Islamic State (IS) group',
    last: 'which has led to fears of a full-scale resurgence of the defeated group. Iraqi security forces, including Kurdish militias like the Peshmerga, still depend on coalition-led air support in its ongoing operations against ISIS cells spread throughout the country. The US is a part of the ‘Global Coalition to Defeat ISIS, helping Iraq’s military fight the IS.',
    junk: ['gtag', 'Google tag', 'July 26, 2021\n', 'SOURCE:', 'ASSOCIATED PRESS', 'Iraqi PM Kadhimi Says US Combat Troops No Longer Required to Fight Islamic State'],
  },
  {
    file: '003_f34d4a9cf97a46aa.txt',
    title: 'Iraqi army needs US training and support, but combat troops have to go: PM Kadhimi',
    published: '2021-07-19',
    authors: ['Dilan Sirwan'],
    publisher: 'Rudaw',
    first: 'ERBIL, Kurdistan Region — Iraqi Prime Minister Mustafa al-Kadhimi claimed that his upcoming visit to Washington',
    last: 'They stepped up their attacks after the US assassinated deputy militia commander Abu Mahdi al-Muhandis and Iranian general Qasem Soleimani in Baghdad in January 2020, after which the Iraqi parliament passed a non-binding resolution demanding American forces withdraw from the country.',
    junk: ['19-07-2021', 'Dilan Sirwan', '@DeelanSirwan', 'A+ A-', ...COMMENTS, 'The Latest', 'IED', '2024', 'Kurdish leaders extend condolences', 'Photo: submitted'],
  },
  {
    file: '004_31cfb2d14bb7864f.txt',
    title: 'US to move remaining combat troops out of Iraq: joint statement',
    published: '2021-04-07',
    authors: ['Sura Ali'],
    publisher: 'Rudaw',
    first: 'ERBIL, Kurdistan Region — The United States is to move its remaining combat troops out of Iraq',
    last: 'Correction: A previous version of this article quoted a Kurdistan Regional Government official as saying that the Netherlands would be taking over the supervision of military activities at the base at Erbil International Airport from the United States. The Netherlands will not be leading supervision of the course, a spokesperson from the Dutch Consulate in Erbil told Rudaw on April 8, 2021; the piece has been edited to reflect this.',
    junk: ['07-04-2021', 'Sura Ali', 'A+ A-', 'Updated on April 8, 2021', ...COMMENTS],
  },
];

/** Every non-blank line of the raw text either reaches the body or is listed as removed. */
function expectEveryLineAccounted(raw: string, result: ImportResult): void {
  const removed = new Set(result.removed.map((r) => r.line));
  for (const line of raw.split(/\r?\n/)) {
    const text = line.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '').replace(/\s+/g, ' ').trim();
    if (!text || removed.has(text)) continue;
    expect(result.body, `line neither kept nor removed: ${text}`).toContain(text);
  }
}

describe('importRawText on the seed articles', () => {
  describe.each(SEEDS)('$file', (c) => {
    const raw = seed(c.file);
    const result = importRawText(raw);
    const paragraphs = result.body.split('\n\n');

    it('detects title, date, authors and publisher', () => {
      expect(result.meta.title).toBe(c.title);
      expect(result.meta.published).toBe(c.published);
      expect(result.meta.authors).toEqual(c.authors);
      expect(result.meta.publisher).toBe(c.publisher);
      expect(result.detected.publisher).toBe(c.publisher);
      expect(result.meta.description).toBe(c.description);
      expect(result.meta.url).toBeUndefined();
    });

    it('keeps the body from its first to its last real paragraph', () => {
      expect(paragraphs[0]!.startsWith(c.first)).toBe(true);
      expect(paragraphs.at(-1)!.endsWith(c.last)).toBe(true);
      expect(paragraphs.filter((p) => p.includes(c.last))).toHaveLength(1);
    });

    it('drops every line of page furniture', () => {
      for (const junk of c.junk) expect(`${result.body}\n`, junk).not.toContain(junk);
      expect(paragraphs).not.toContain('Required');
      expect(paragraphs).not.toContain(c.title);
      if (c.description) expect(result.body).not.toContain(c.description);
    });

    it('collapses whitespace and accounts for every line', () => {
      for (const p of paragraphs) {
        expect(p).toBe(p.trim());
        expect(p).not.toMatch(/\s{2,}|[\u00A0\r\n\t]/);
      }
      expectEveryLineAccounted(raw, result);
    });
  });

  it('keeps curly quotes as written', () => {
    const { body } = importRawText(seed('003_f34d4a9cf97a46aa.txt'));
    expect(body).toContain('“There is no need for combat troops.”');
  });

  it('keeps a wire-less dateline inside the first paragraph and names no publisher for it', () => {
    const { body, detected } = importRawText(seed('004_31cfb2d14bb7864f.txt').replace(/Rudaw moderates/g, 'The site moderates'));
    expect(body.startsWith('ERBIL, Kurdistan Region — The United States')).toBe(true);
    expect(detected.publisher).toBe('The site');
  });

  it('lets overrides win over detection', () => {
    const { meta, detected } = importRawText(seed('001_1b9c7798e4e7c789.txt'), {
      title: 'Timetable for withdrawal',
      published: '2021-03-25',
      publisher: 'Rudaw English',
      url: 'https://example.org/story',
    });
    expect(meta).toMatchObject({ title: 'Timetable for withdrawal', published: '2021-03-25', publisher: 'Rudaw English', url: 'https://example.org/story' });
    expect(detected).toMatchObject({ title: 'Iraq working on timetable for US troop withdrawal: PM advisor', published: '2021-03-24', publisher: 'Rudaw' });
  });
});
