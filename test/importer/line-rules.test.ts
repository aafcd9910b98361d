import { describe, expect, it } from 'vitest';
import { isCaptionOrCredit, junkReason, trailerReason } from '../../src/importer/line-rules.js';

describe('line rules', () => {
  it.each([
    ['!-- Google tag (gtag.js) -->', 'markup fragment'],
    ['<!-- analytics -->', 'markup fragment'],
    ['A+ A-', 'font-size widget'],
    ['A- A+', 'font-size widget'],
    ['2 min read', 'reading time'],
    ['Reading time: 4 minutes', 'reading time'],
    ['5-minute read', 'reading time'],
    ['Advertisement', 'advertisement'],
    ['- Advertisement -', 'advertisement'],
    ['Advertisement - Scroll to continue', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Share', 'share widget'],
    ['Share this article', 'share widget'],
    ['FacebookTwitterWhatsAppEmail', 'share widget'],
    ['Listen to this article', 'share widget'],
    ['Follow us on Facebook, Twitter and Instagram to stay connected', 'follow-us promo'],
    ['Follow The Ledger on Google News', 'follow-us promo'],
    ['Sign up for our daily newsletter', 'newsletter promo'],
    ['Read also: The Iraq Report: a year of talks', 'related-story link'],
    ['Read more: Drone incidents, explained', 'related-story link'],
    ['READ NEXT: Oil prices slide', 'related-story link'],
    ['Related: How the mission changed', 'related-story link'],
    ['Updated on April 8, 2021', 'update note'],
    ['Updated 3 hours ago', 'update note'],
    ['The latest round of talks concluded earlier this month [Getty]', 'photo caption or credit'],
    ['SOURCE: JANE ROE/WIRE AGENCY', 'photo caption or credit'],
    ['Photo: Levant Ledger archive', 'photo caption or credit'],
    ['Image source, Getty Images', 'photo caption or credit'],
    ['Soldiers at a checkpoint near Mosul, January 5, 2021. REUTERS/Sami Karim', 'photo caption or credit'],
    ['Soldiers at a checkpoint near Mosul. (AP Photo/Sami Karim)', 'photo caption or credit'],
    ['Skip to main content', 'navigation'],
    ['* * *', 'no text (decoration)'],
  ])('drops %j as %s', (line, reason) => {
    expect(junkReason(line)).toBe(reason);
  });

  it.each([
    'Correction: A previous version of this article gave the wrong date. The meeting was on Monday.',
    'ERBIL, Kurdistan Region — The Iraqi government is working on a timetable.',
    'The White House confirmed the talks will resume in April, a spokeswoman said, according to Reuters',
    '"The meetings will also make it clear that the coalition is there to ensure the defeat of IS [Islamic State]," she added.',
    'Like many on the council, he voted against the measure.',
    'Follow the money, investigators were told.',
    'Share prices in Baghdad rose on Monday after the announcement.',
    'He said the US/Iraq joint committee would meet in May.',
    'Officials said the photo: a blurred image of the launch site, was taken on Monday.',
    'More than 2,500 US troops remain in Iraq.',
  ])('keeps article text %j', (line) => {
    expect(junkReason(line)).toBeUndefined();
    expect(trailerReason(line)).toBeUndefined();
  });

  it('knows where the article ends', () => {
    expect(trailerReason('Comments')).toBe('comments block');
    expect(trailerReason('Comments (4)')).toBe('comments block');
    expect(trailerReason('Post a comment')).toBe('comments block');
    expect(trailerReason('Our site moderates all comments submitted.')).toBe('comments block');
    expect(trailerReason('The Latest')).toMatch(/^sidebar/);
    expect(trailerReason('Most Read')).toMatch(/^sidebar/);
    expect(trailerReason('Related Stories')).toMatch(/^sidebar/);
    expect(trailerReason('You may also like')).toMatch(/^sidebar/);
    expect(trailerReason('© 2022 Levant Ledger. All rights reserved.')).toBe('page footer');
    expect(trailerReason('Tags: Iraq, security')).toBe('page footer');
  });

  it('does not take a plain sentence for a caption', () => {
    expect(isCaptionOrCredit('The talks ended on Monday without a timeline.')).toBe(false);
  });
});
