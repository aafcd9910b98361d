// Eighteenth round: page furniture the read gold excludes and we dated — a working paper's numbered notes citing
// sources by date ("[6] … statement of 14 January …", holdout15), a document's header of fields between bars
// (holdout15's working paper, holdout8's committee report), and a minutes header whose date follows "on" and a
// weekday and carries the hour (holdout15). Lines of our own, on an invented dispute between Varnholt and Osk.
import { describe, expect, it } from 'vitest';
import { furnitureSentences, paragraphFurniture } from '../../src/extract/furniture.js';
import type { Sentence } from '../../src/types.js';

describe('round 18: a numbered note citing a source', () => {
  it.each([
    '[3] Varnholt Ministry of Defence, statement of 2 March 2041.',
    '[11] Interview, senior Osk diplomat, Tarn, 19 April 2041.',
    '[4] Osk Foreign Office, press releases of 8 May and 12 June 2041.',
    '[7] Harbour Accord, 30 June 2041, article 4.',
  ])('%s is furniture', (text) => {
    expect(paragraphFurniture([text])).toBe('label');
  });

  it.each([
    // A transcript's timestamp is no note number, and a note that tells in a clause of its own is prose.
    '[00:04:12] ANCHOR: Osk shelled the harbour on 2 March 2041.',
    '[3] The ministry said on 2 March 2041 that two guards were killed.',
    '[2] Rebels shelled the port, 3 May 2041.',
    '3. Varnholt Ministry of Defence, statement of 2 March 2041.',
  ])('%s is the report', (text) => {
    expect(paragraphFurniture([text])).toBeUndefined();
  });
});

const sentences = (texts: string[]): Sentence[] =>
  texts.map((text, index) => ({ id: `s-${index}`, index, paragraph: index, text }));

describe("round 18: a document's header of fields between bars", () => {
  it('at the top of the page is furniture', () => {
    const page = sentences(['Institute for Border Studies | Policy Brief 9 | June 2041', 'Talks between Osk and Varnholt resumed on 2 June.']);
    expect(furnitureSentences(page).get(0)).toBe('label');
    expect(furnitureSentences(page).has(1)).toBe(false);
  });

  it('further down, a row of fields is a table row, and a row with its bar first never is a header', () => {
    const page = sentences(['Talks between Osk and Varnholt resumed on 2 June.', 'The week in brief:', 'Gunmen attacked the ferry.', '4 June | Drone strike | Tarn quay | two hurt']);
    expect(furnitureSentences(page).has(3)).toBe(false);
    expect(furnitureSentences(sentences(['| 4 June | Drone strike | Tarn quay | two hurt |'])).has(0)).toBe(false);
    // Two fields only: a timestamp and a line of a live page.
    expect(furnitureSentences(sentences(['09:40 | Drones struck the quay at dawn'])).has(0)).toBe(false);
  });
});

describe("round 18: a minutes header with its hour", () => {
  it.each([
    'MINUTES of the extraordinary meeting of the Harbour Board held in the Board Room, Customs House, Tarn, on Thursday 4 July 2041 at 19:30',
    'Minutes of the annual meeting of the Fishermen’s Guild, Tarn, on 4 July 2041',
  ])('%s is furniture', (text) => {
    expect(paragraphFurniture([text])).toBe('label');
  });

  it('a sentence about minutes is not', () => {
    expect(paragraphFurniture(['The minutes of the meeting held on 4 July 2041 show that the envoy walked out.'])).toBeUndefined();
  });
});
