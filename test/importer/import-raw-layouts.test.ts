// Layouts beyond the seeds, written for these tests in the manner of other outlets' pages (test/fixtures/raw/).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importRawText } from '../../src/importer/import-raw-text.js';

const raw = (name: string): string => readFileSync(new URL(`../fixtures/raw/${name}`, import.meta.url), 'utf8');

describe('importRawText on other layouts', () => {
  it('reads a wire story: ISO timestamp, "By … and …", "(Reuters) -" dateline, ads and "Read next"', () => {
    const { meta, body, removed } = importRawText(raw('wire-dateline.txt'));
    expect(meta).toEqual({
      title: 'Iraq and US open talks on future of coalition advisers',
      published: '2023-03-03',
      publisher: 'Reuters',
      authors: ['Layla Haddad', 'Tom Whitfield'],
    });
    const paragraphs = body.split('\n\n');
    expect(paragraphs[0]!.startsWith('BAGHDAD, March 3 (Reuters) - Iraqi and U.S. officials opened two days of talks')).toBe(true);
    expect(paragraphs.at(-1)!.startsWith("Iraq's parliament voted in January 2020")).toBe(true);
    expect(paragraphs).toHaveLength(5);
    for (const junk of ['Skip to main content', 'Advertisement', 'Read next', 'Oil exporters', 'Currency slides', 'REUTERS/', 'Listen to this article', 'Reporting by', '2023-03-03T']) {
      expect(body, junk).not.toContain(junk);
    }
    expect(body).toContain('A U.S. embassy spokesperson said the delegation would also discuss');
    expect(removed.find((r) => r.line.startsWith('Read next'))?.reason).toBe('related-story links');
  });

  it('reads a blog page: "By … | Published: Jul 5,2022 | Updated: …", CRLF, share bar, "Most Read" sidebar, © footer', () => {
    const text = raw('blog-pipe-byline.txt');
    expect(text).toContain('\r\n');
    const { meta, body } = importRawText(text);
    expect(meta).toEqual({
      title: 'Erbil airport to resume night flights after drone scare',
      published: '2022-07-05', // the published stamp, not the later update
      publisher: 'Levant Ledger',
      authors: ['Hana Rostami'],
    });
    const paragraphs = body.split('\n\n');
    expect(paragraphs[0]!.startsWith("Erbil's civil aviation authority said on Tuesday")).toBe(true);
    expect(paragraphs.at(-1)).toBe('“We expect the schedule to be back to normal by the weekend,” a spokesperson for the authority told the Levant Ledger.');
    expect(paragraphs[1]).toBe('The authority said additional radar coverage had been installed and that airlines had been briefed on new approach procedures.');
    for (const junk of ['\r', '3 min read', 'Share on', 'Photo:', 'Read more:', 'Subscribe', 'Most Read', 'Heatwave', 'Football', '©', 'analytics']) {
      expect(body, junk).not.toContain(junk);
    }
  });

  it('reads a magazine page: standfirst, "Updated" before "Published", "Words by", tags and comments', () => {
    const { meta, body } = importRawText(raw('magazine-updated-first.txt'));
    expect(meta).toEqual({
      title: 'Talks on foreign troop presence stall as rival blocs trade accusations',
      published: '2021-07-26',
      authors: ['Amal Yusuf', "Peter O'Neill"],
      description: 'Negotiators failed to agree on a timeline, officials said, leaving the question to a new joint committee.',
    });
    const paragraphs = body.split('\n\n');
    expect(paragraphs[0]!.startsWith('Talks between the two governments on the presence of foreign troops ended on Monday')).toBe(true);
    expect(paragraphs.at(-1)!.startsWith('Correction: An earlier version of this story')).toBe(true);
    for (const junk of ['Negotiators failed', 'Updated 27', 'Published 26', 'Words by', 'Image:', 'Advertisement', 'Related:', 'Tags:', 'Comments', 'Leave a reply', 'email address']) {
      expect(body, junk).not.toContain(junk);
    }
  });

  it('refuses a text without a date, saying what is missing and how to fix it', () => {
    expect(() => importRawText(raw('no-date-statement.txt'))).toThrowError(/No publication date found.*pass --published YYYY-MM-DD/);
    expect(() => importRawText(raw('no-date-statement.txt'))).toThrowError(/Statement on the handover of the northern training base/);
  });

  it('takes the date from the override, and rejoins hard-wrapped paragraphs', () => {
    const { meta, body, detected } = importRawText(raw('no-date-statement.txt'), { published: '2022-11-30', publisher: 'Ministry of Defence' });
    expect(detected.published).toBeUndefined();
    expect(meta).toEqual({
      title: 'Statement on the handover of the northern training base',
      published: '2022-11-30',
      publisher: 'Ministry of Defence',
      authors: [],
    });
    expect(body.split('\n\n')).toEqual([
      'The Ministry of Defence announced that the northern training base will be handed over to national forces at the end of the month, after foreign instructors complete the current course.',
      'Officials said the handover would not affect joint air operations, which are governed by a separate agreement.',
      'A ceremony marking the transfer is planned, the ministry said, without giving a date.',
    ]);
  });

  it('rejects an override that is not a real YYYY-MM-DD day', () => {
    expect(() => importRawText(raw('no-date-statement.txt'), { published: '2022-02-30' })).toThrowError(/not a real YYYY-MM-DD day.*--published/);
    expect(() => importRawText(raw('no-date-statement.txt'), { published: '30/11/2022' })).toThrowError(/--published YYYY-MM-DD/);
  });

  it('names an impossible date stamp in the error', () => {
    expect(() => importRawText('Talks resume in Baghdad\n31-02-2021\n\nOfficials met on Monday to resume the talks, the ministry said.\n')).toThrowError(
      /"31-02-2021" is not a real day/,
    );
  });

  it('reads one-line-per-paragraph pastes, a section label, a dateline on its own line and capitalised bylines', () => {
    const text = [
      'Middle East',
      'Kurdish and federal forces agree joint patrols in disputed districts',
      'By AMINA RAOUF',
      'Posted 14:05 GMT, 12 November 2022',
      'KIRKUK —',
      'Kurdish and federal commanders agreed on Saturday to run joint patrols in three disputed districts, officials said.',
      'The arrangement follows weeks of talks mediated by the coalition.',
      'The first patrols are due to begin next month',
      'Related Stories',
      'Other story one',
    ].join('\n');
    const { meta, body, removed } = importRawText(text);
    expect(meta).toEqual({
      title: 'Kurdish and federal forces agree joint patrols in disputed districts',
      published: '2022-11-12',
      authors: ['Amina Raouf'],
    });
    expect(body.split('\n\n')).toEqual([
      'KIRKUK — Kurdish and federal commanders agreed on Saturday to run joint patrols in three disputed districts, officials said.',
      'The arrangement follows weeks of talks mediated by the coalition.',
      'The first patrols are due to begin next month',
    ]);
    expect(removed[0]).toEqual({ line: 'Middle East', reason: 'section label above the title' });
  });

  it('reads a stamp pasted twice, reading-list and share prompts, and a "Source:" credit line', () => {
    const text = [
      'Iraq’s PM says foreign combat troops no longer needed',
      '',
      'Kadhimi says forces can handle the threat alone, but training support should continue.',
      '',
      'Published On 26 Jul 202126 Jul 2021',
      '',
      'Save articles to read later and create your own reading list.',
      'Click here to share on social media',
      'share2',
      '',
      'Iraq’s prime minister has said his country no longer needs foreign combat troops, ahead of a meeting in Washington.',
      '',
      '“There is no need for any foreign combat forces,” he told reporters on Sunday.',
      '',
      'Source: News agencies',
    ].join('\n');
    const { meta, body } = importRawText(text);
    expect(meta.published).toBe('2021-07-26');
    expect(meta.description).toBe('Kadhimi says forces can handle the threat alone, but training support should continue.');
    expect(body.split('\n\n')).toEqual([
      'Iraq’s prime minister has said his country no longer needs foreign combat troops, ahead of a meeting in Washington.',
      '“There is no need for any foreign combat forces,” he told reporters on Sunday.',
    ]);
  });

  it('reads "Name in Place" bylines, weekday stamps with "Last modified", and a topics sidebar', () => {
    const text = [
      'US combat mission to end, says president after talks with Iraqi PM',
      'Troops will shift to an advisory role but numbers are unlikely to change much, officials say',
      'Martin Stone in Baghdad',
      'Mon 26 Jul 2021 19.05 BST',
      'Last modified on Tue 27 Jul 2021 08.10 BST',
      'The US combat mission in Iraq will end by December, the president has said after a meeting with the Iraqi prime minister.',
      'About 2,500 troops are in the country.',
      'Explore more on these topics',
      'Iraq',
      'US foreign policy',
      'Reuse this content',
    ].join('\n');
    const { meta, body } = importRawText(text);
    expect(meta).toMatchObject({ published: '2021-07-26', authors: ['Martin Stone'] });
    expect(meta.description).toMatch(/^Troops will shift/);
    expect(body.split('\n\n')).toHaveLength(2);
    expect(body).not.toMatch(/Explore|foreign policy|Reuse/);
  });

  it('takes the date and byline from a "|" line with labels, and an agency copyright as publisher', () => {
    const text = [
      'Parliament delays vote on foreign forces bill',
      'By Dana Kareem | Politics | 12 Comments',
      'Posted 14:05 GMT, 12 November 2022',
      'Lawmakers postponed a vote on the bill until next week, the speaker’s office said on Saturday.',
      'Copyright 2022 The Wire Service. All rights reserved. Not to be republished.',
    ].join('\n');
    const { meta, body } = importRawText(text);
    expect(meta).toEqual({
      title: 'Parliament delays vote on foreign forces bill',
      published: '2022-11-12',
      publisher: 'The Wire Service',
      authors: ['Dana Kareem'],
    });
    expect(body).toBe('Lawmakers postponed a vote on the bill until next week, the speaker’s office said on Saturday.');
  });

  it('falls back to a "Published" stamp printed below the article when the top has none', () => {
    const text = 'Ceasefire holds in northern villages\n\nResidents returned to their homes on Sunday as a ceasefire held for a third day.\n\nPublished: 2022-05-08\n';
    const { meta, body } = importRawText(text);
    expect(meta.published).toBe('2022-05-08');
    expect(body).toBe('Residents returned to their homes on Sunday as a ceasefire held for a third day.');
  });
});
