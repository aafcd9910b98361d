import { describe, expect, it } from 'vitest';
import { asPersonalName, namesIn, parseByLine, stripHandles } from '../../src/importer/byline.js';

describe('bylines', () => {
  it('reads "By …" lines with several authors, roles and handles', () => {
    expect(parseByLine('By Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(parseByLine('By Jane Doe, Staff Writer')).toEqual(['Jane Doe']);
    expect(parseByLine('Written by Amal Yusuf & Peter O’Neill')).toEqual(['Amal Yusuf', 'Peter O’Neill']);
    expect(parseByLine('Author: Dana Kareem @dkareem')).toEqual(['Dana Kareem']);
    expect(parseByLine('By ZEKE HOLLIS and AMINA RAOUF')).toEqual(['Zeke Hollis', 'Amina Raouf']);
  });

  it('takes an agency byline as a byline without a personal author', () => {
    expect(parseByLine('By Reuters')).toEqual([]);
    expect(parseByLine('By AFP Staff')).toEqual([]);
  });

  it('does not take sentences that start with "By" for bylines', () => {
    expect(parseByLine('By the time the troops left, the base was empty.')).toBeUndefined();
    expect(parseByLine('By late afternoon officials had confirmed the toll')).toBeUndefined();
    expect(parseByLine('Byzantine walls still stand in the old city')).toBeUndefined();
  });

  it('tells personal names from roles, sections and captions', () => {
    expect(asPersonalName('Sura Ali')).toBe('Sura Ali');
    expect(asPersonalName('Abu Mahdi al-Muhandis')).toBe('Abu Mahdi al-Muhandis');
    expect(asPersonalName('Ursula von der Leyen')).toBe('Ursula von der Leyen');
    expect(asPersonalName(stripHandles('Dilan Sirwan @DeelanSirwan'))).toBe('Dilan Sirwan');
    for (const notAName of ['Iraqi Prime Minister Mustafa al-Kadhimi', 'Middle East', 'Breaking News', 'Staff Writer', 'Iraq', 'The Latest', 'Most Read']) {
      expect(asPersonalName(notAName), notAName).toBeUndefined();
    }
  });

  it('finds reporters in wire credits', () => {
    expect(namesIn('Layla Haddad in Baghdad and Tom Whitfield in Washington')).toEqual(['Layla Haddad', 'Tom Whitfield']);
  });
});
