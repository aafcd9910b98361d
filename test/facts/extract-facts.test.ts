import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/facts/extract-facts.js';

const counts = (s: string) => extractFacts(s).quantities.map((q) => [q.value, q.counts]);

describe('extractFacts', () => {
  it('exposes actors, places, quantities and quotes', () => {
    expect(
      extractFacts('There are now 2,500 US troops left in Iraq, US envoy Brett McGurk said: “They will stay.”'),
    ).toEqual({
      actors: ['Brett McGurk'],
      places: ['Iraq'],
      quantities: [{ value: 2500, counts: 'troops', text: '2,500 US troops' }],
      quotes: [{ text: 'They will stay.', speaker: 'Brett McGurk' }],
    });
  });

  describe('actors', () => {
    it.each([
      [
        'Iraqi Prime Minister Mustafa al-Kadhimi claimed that his upcoming visit will put an end to the presence of US combat troops.',
        ['Mustafa al-Kadhimi'],
      ],
      [
        'On Friday, White House Press Secretary Jen Psaki announced that Biden would meet Kadhimi in the White House on July 26.',
        ['White House', 'Jen Psaki', 'Biden', 'Kadhimi'],
      ],
      [
        'Early this month, the Iraqi government under Al-Kadhimi approved the expansion of the Iran-backed Popular Mobilisation Forces (PMF) by an extra 30,000 recruits.',
        ['Iraqi government', 'Al-Kadhimi', 'Popular Mobilisation Forces'],
      ],
      [
        'The United States is to move its remaining combat troops out of Iraq, according to a joint statement shared by the State Department.',
        ['United States', 'State Department'],
      ],
      [
        'They stepped up their attacks after the US assassinated deputy militia commander Abu Mahdi al-Muhandis and Iranian general Qasem Soleimani in Baghdad in January 2020, after which the Iraqi parliament passed a non-binding resolution.',
        ['US', 'Abu Mahdi al-Muhandis', 'Qasem Soleimani', 'Iraqi parliament'],
      ],
      [
        'Iraqi Foreign Minister Fuad Hussein and his US counterpart Antony Blinken resumed strategic dialogue on Wednesday.',
        ['Fuad Hussein', 'Antony Blinken'],
      ],
      [
        'Iraqi National Security Adviser Qassem al-Araji held a press conference with FM Hussein following the talks.',
        ['Qassem al-Araji', 'Hussein'],
      ],
      [
        'Iraq no longer requires American combat troops to fight the Islamic State (IS) group, Iraqi Prime Minister (PM) Mustafa al-Kadhimi said in an interview with The Associated Press (AP) on Sunday.',
        ['Iraq', 'Islamic State', 'Mustafa al-Kadhimi', 'Associated Press'],
      ],
      // our own
      [
        'Lt. Gen. Mark Smith, the commander of coalition forces, met Iraqi Defence Minister Juma Inad at the Ministry of Defence in Baghdad on Sunday.',
        ['Mark Smith', 'Juma Inad', 'Ministry of Defence'],
      ],
      ['Gunmen on motorbikes shot dead a local council member in Basra on Wednesday night.', []],
      ['Dialogue began under the administration of former President Donald Trump last June.', ['Donald Trump']],
      [
        'Kurdistan Region president and his deputy extended condolences after a deadly improvised explosive device (IED) attack on the Peshmerga.',
        ['Peshmerga'],
      ],
    ])('%s', (sentence, actors) => {
      expect(extractFacts(sentence).actors).toEqual(actors);
    });

    it.each([
      ['Minister of Foreign Affairs Rana Haddad spoke with Secretary of State Paul Weir.', ['Rana Haddad', 'Paul Weir']],
      ['(Reporting by Lina Saad; Editing by Tom Reed)', ['Lina Saad', 'Tom Reed']],
      ['Valmoran and Ostrian negotiators met in the Geneva suburb of Nyon.', []],
      ['– ENDS –', []],
      ['Officials said the base had been handed over to Iraqi forces on Tuesday.', ['Iraqi forces']],
      ['Trump said the troops would come home.', ['Trump']],
      [
        'Saudi Crown Prince Mohammed bin Salman hosted Turkish President Recep Tayyip Erdoğan in Jeddah.',
        ['Mohammed bin Salman', 'Recep Tayyip Erdoğan'],
      ],
      [
        'According to the Institute for the Study of War, Russian forces advanced near Bakhmut.',
        ['Institute for the Study of War', 'Russian forces'],
      ],
      ['UN Secretary-General António Guterres met Sheikh Tamim bin Hamad Al Thani.', ['António Guterres', 'Tamim bin Hamad Al Thani']],
      ['Russian forces launched a massive missile and drone barrage on Kyiv overnight.', ['Russian forces']],
      ['An IED hit a patrol on the main road, the RPG team fled.', []],
    ])('%s', (sentence, actors) => {
      expect(extractFacts(sentence).actors).toEqual(actors);
    });

    it('treats demonyms and countries before common nouns as adjectives', () => {
      const facts = extractFacts('Iraqi soldiers and US troops guarded the US-Iraqi joint operations room near Saudi airspace.');
      expect(facts.actors).toEqual([]);
    });
  });

  describe('places', () => {
    it.each([
      ['ERBIL, Kurdistan Region — The Iraqi government is working on a timetable for troop withdrawal.', ['Erbil', 'Kurdistan Region']],
      [
        'On Wednesday, rocket fire from a drone targeted an airport where US soldiers are based in Erbil, the capital of Iraqi Kurdistan.',
        ['Erbil', 'Iraqi Kurdistan'],
      ],
      [
        'They have carried out at least four attacks this month, including firing 14 rockets at Ain al-Asad airbase and targeting Erbil’s airport with an explosive-laden drone.',
        ['Ain al-Asad', 'Erbil'],
      ],
      [
        'In May, the Ain Al Asad military base in Iraq’s Anbar province, hosting the US forces, was targeted in a drone attack.',
        ['Ain Al Asad', 'Iraq', 'Anbar province'],
      ],
      ['The Iraqi PM is set to visit Washington on July 26 and meet with US President Joe Biden.', ['Washington']],
      [
        'Aftermath of an IED explosion on a joint Iraqi-Kurdish force in Tuz Khurmatu district, Salahadin province on November 17, 2024.',
        ['Tuz Khurmatu district', 'Salahadin province'],
      ],
      // not places: recipients, sources, adjectives, languages
      [
        'The White House confirmed the talks will resume in April, White House spokeswoman Jane Psaki said in a press conference on Tuesday, according to Reuters',
        [],
      ],
      ['The militias, known as Hashd al-Shaabi in Arabic, were praised by US officials.', []],
      // our own
      ['BAGHDAD (Reuters) - Three rockets struck near the U.S. embassy in Baghdad late on Sunday.', ['Baghdad']],
      ['Two people were killed when a car bomb exploded near a market in northern Mosul on Thursday morning.', ['Mosul']],
      ['The Pentagon said on Thursday it would withdraw about 2,000 troops from Syria by the end of the year.', ['Syria']],
      ['Officials from both countries met in the port of Tarsa last Tuesday.', ['Tarsa']],
      ['A bomb exploded on the Karbala road, killing four, including a child.', ['Karbala']],
      ['Militia artillery shelled Tal Afar overnight.', ['Tal Afar']],
      ['Russian forces launched a massive missile and drone barrage on Kyiv overnight.', ['Kyiv']],
      ['The attack on the Peshmerga killed two fighters.', []],
      ['Maj. Gen. John Brennan visited troops at al-Tanf garrison last week.', ['al-Tanf']],
      ["The council condemned the attack on the region's capital, Erbil.", ['Erbil']],
      ['Talks will resume on Sept. 8 in Doha.', ['Doha']],
      ['Valmoran and Ostrian negotiators met in the Geneva suburb of Nyon.', ['Nyon']],
    ])('%s', (sentence, places) => {
      expect(extractFacts(sentence).places).toEqual(places);
    });
  });

  describe('quantities', () => {
    it.each([
      ['There are now 2,500 US troops left in Iraq.', [[2500, 'troops']]],
      ['There are currently 2,500 American soldiers in Iraq.', [[2500, 'troops']]],
      ['The government approved the expansion of the forces by an extra 30,000 recruits.', [[30000, 'recruits']]],
      [
        'The development had paved the way for the departure of nearly 60 percent of international coalition forces.',
        [[60, 'percent']],
      ],
      [
        'They have carried out at least four attacks this month, including firing 14 rockets at Ain al-Asad airbase.',
        [
          [4, 'attacks'],
          [14, 'rockets'],
        ],
      ],
      [
        'Similarly, in April, five people, including two foreign contractors and three Iraqi soldiers, were wounded in a rocket attack on the US-made Balad airbase situated in Baghdad.',
        [[5, 'wounded']],
      ],
      ['The US announced in January it was reducing its troops in Iraq to 2,500.', [[2500, 'troops']]],
      // not years, dates, ordinals or durations
      ['Launching the third phase of the dialogue on July 26, 2021 is a success, as it was in 2017 and on 24-03-2021.', []],
      ['Washington will pull 1,500 troops out of the country over the next six months.', [[1500, 'troops']]],
      // our own
      ['A suicide bomber blew himself up at a checkpoint on Tuesday, killing at least six soldiers, police said.', [[6, 'killed']]],
      ['Two people were killed when a car bomb exploded near a market.', [[2, 'killed']]],
      ['Militias have conducted more than 40 rocket and drone attacks against facilities.', [[40, 'attacks']]],
      [
        'The 2,500-strong contingent will shrink to 1,800 by the end of September.',
        [
          [2500, 'troops'],
          [1800, 'troops'],
        ],
      ],
      ['Three rockets struck near the embassy, wounding two guards.', [[3, 'rockets'], [2, 'wounded']]],
      ['The fund received 1.5 million dollars from twelve donors.', [[1500000, 'dollars'], [12, 'donors']]],
      ['A bomb exploded on the Karbala road, killing four, including a child and two women.', [[4, 'killed']]],
      ['The ceasefire took effect at 0600 local time on Friday.', []],
      ['Talks will resume on Sept. 8 in Doha.', []],
      ['About 200 Marines arrived in Beirut on Tuesday.', [[200, 'troops']]],
      ['A spokesman said two service members suffered minor injuries.', [[2, 'troops']]],
      ['Hundreds of soldiers and 12 tanks crossed the border.', [[12, 'tanks']]],
      ['Up to 300 marines will deploy, and the force will shrink to 200 by June.', [[300, 'troops'], [200, 'troops']]],
    ])('%s', (sentence, expected) => {
      expect(counts(sentence)).toEqual(expected);
    });

    it('keeps the words that gave the number', () => {
      expect(extractFacts('The coalition now has 2,500 US troops in the country.').quantities[0]?.text).toBe('2,500 US troops');
    });
  });

  describe('quotes', () => {
    it.each([
      [
        '“There is no need for any foreign combat forces on Iraqi soil,” Kadhimi told the news agency, without mentioning any particular date.',
        [{ text: 'There is no need for any foreign combat forces on Iraqi soil', speaker: 'Kadhimi' }],
      ],
      [
        'This will be an important opportunity to discuss our mutual interests on a wide range of issues," Psaki said.',
        [{ text: 'This will be an important opportunity to discuss our mutual interests on a wide range of issues', speaker: 'Psaki' }],
      ],
      [
        'In regards to US-Iran tensions, Kadhimi said “Iraq hopes to not be a ground for American-Iranian tensions.”',
        [{ text: 'Iraq hopes to not be a ground for American-Iranian tensions.', speaker: 'Kadhimi' }],
      ],
      [
        'Kadhimi’s visit “will highlight the strategic partnership between the United States and Iraq,” reads a White House statement released on Friday.',
        [{ text: 'will highlight the strategic partnership between the United States and Iraq', speaker: 'White House' }],
      ],
      [
        'Iraqi National Security Adviser Qassem al-Araji held a press conference with FM Hussein following the talks, confirming that "there will be no foreign military bases in Iraq."',
        [{ text: 'there will be no foreign military bases in Iraq.', speaker: 'Qassem al-Araji' }],
      ],
      [
        'The AP stated that Iraq’s government has faced “significant pressure” from Shia political parties.',
        [{ text: 'significant pressure', speaker: 'AP' }],
      ],
      // named by no one: a pronoun, an unnamed statement, factions whose name is not given
      ['The timing of the withdrawals will be discussed in upcoming “technical meetings,” it added.', [{ text: 'technical meetings' }]],
      [
        '"This has enabled Iraq to move soon to the stage where there will be no need for foreign combat units in Iraq," the PM said.',
        [{ text: 'This has enabled Iraq to move soon to the stage where there will be no need for foreign combat units in Iraq' }],
      ],
      [
        'Hours before the dialogue was held, armed factions affiliated with the Popular Mobilization Forces threatened to direct "large and precise strikes" against American forces.',
        [{ text: 'large and precise strikes' }],
      ],
      // our own
      [
        '"We will not accept foreign forces on our soil," Defence Minister Thabet al-Abbasi told state television.',
        [{ text: 'We will not accept foreign forces on our soil', speaker: 'Thabet al-Abbasi' }],
      ],
      [
        '“The situation remains fragile,” said UN envoy Jeanine Hennis-Plasschaert, adding that “talks must continue.”',
        [
          { text: 'The situation remains fragile', speaker: 'Jeanine Hennis-Plasschaert' },
          { text: 'talks must continue.', speaker: 'Jeanine Hennis-Plasschaert' },
        ],
      ],
      ['“We are ready to talk,” a senior official said.', [{ text: 'We are ready to talk' }]],
    ])('%s', (sentence, quotes) => {
      expect(extractFacts(sentence).quotes).toEqual(quotes);
    });

    it('takes a quotation still open at the end of the sentence to its end', () => {
      expect(extractFacts('"We look forward to resuming our strategic dialogue in April.').quotes).toEqual([
        { text: 'We look forward to resuming our strategic dialogue in April.' },
      ]);
    });
  });

  it('names military units as actors, ordinal included, even after "from"', () => {
    const facts = extractFacts('Today, 450 soldiers of the 3rd Rifle Battalion took over the camp from the 2nd Signals Regiment.');
    expect(facts.actors).toEqual(['3rd Rifle Battalion', '2nd Signals Regiment']);
    expect(facts.places).toEqual([]);
    expect(extractFacts('The Second Marine Division landed on Monday.').actors).toEqual(['Second Marine Division']);
  });

  it('counts a force\'s strength told either way round as troops', () => {
    expect(counts('The country keeps a force of 2,500 in the north.')).toEqual([[2500, 'troops']]);
    expect(counts('A contingent of some 300 arrived on Monday.')).toEqual([[300, 'troops']]);
    expect(counts('The first 300 military trainers landed in January.')).toEqual([[300, 'troops']]);
    expect(counts('There are now 2,500 soldiers in the north.')).toEqual([[2500, 'troops']]);
  });
});
