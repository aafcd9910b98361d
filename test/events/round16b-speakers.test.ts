// Round 16b: a statement's speaker is named in its cue's own clause (speakers.ts), not in a clause before it that
// tells another development ("jets bombed the hills last night, and this morning the union walked out").
import { describe, expect, it } from 'vitest';
import { sameSpeaker, speakersOf } from '../../src/events/speakers.js';
import { mentionOf } from '../helpers/mention-of.js';

const DAY = '2034-09-12';
const statement = (article: string, quote: string, cue: string, actors: string[]) =>
  mentionOf(article, 'statement', DAY, quote, { classification: { type: 'statement', cue, cameo: '010' }, actors });

describe("round 16b: the speaker comes from the cue's own clause", () => {
  const walkout = statement(
    'a',
    'Army helicopters strafed farms in the Tarn Hills overnight, and this morning the union walked out of the wage talks.',
    'walked out',
    ['Tarn Hills'],
  );

  it('a place named in the clause before is no speaker; the body that walked out is', () => {
    expect([...speakersOf(walkout, walkout.actors)]).toEqual(['bare:union']);
    expect([...speakersOf(walkout, walkout.actors, new Map([['union', new Set(['drivers union'])]]))]).toEqual(['drivers union']);
  });

  it('so another speaker of that day talking of the same hills is not the same speaker', () => {
    const resident = statement('b', 'Tarn Hills farmers said on Tuesday that the strafing had killed their cattle.', 'said', ['Tarn Hills']);
    expect(sameSpeaker(speakersOf(walkout, walkout.actors), speakersOf(resident, resident.actors))).toBe(false);
  });

  it('a semicolon or a dash opens a clause too', () => {
    const m = statement('a', 'Gunboats shelled Port Hessel at dawn; by noon Mayor Ivo Dahl had condemned the raid.', 'condemned', ['Port Hessel', 'Ivo Dahl']);
    expect([...speakersOf(m, m.actors)]).toEqual(['dahl']);
  });

  it('an apposition or a relative clause is no new clause, and a clause naming nobody leaves the first name to speak', () => {
    const apposed = statement('a', 'Vera Lind, the port authority spokeswoman, and the harbour master said the quay was closed.', 'said', ['Vera Lind']);
    expect(speakersOf(apposed, apposed.actors)).toContain('lind');
    const relative = statement('a', 'It was Mr Osk, not the Dravish envoys, who said the truce was over.', 'said', ['Osk']);
    expect([...speakersOf(relative, relative.actors)]).toEqual(['osk']);
  });

  it('a lower-case word that heads no body is no speaker', () => {
    const m = statement('a', 'Floods cut the roads overnight, and this morning the alliance warned of more rain.', 'warned', []);
    expect([...speakersOf(m, m.actors)]).toEqual(['bare:alliance']);
    const n = statement('a', 'Floods cut the roads overnight, and this morning the farmers warned of hunger.', 'warned', []);
    expect([...speakersOf(n, n.actors)]).toEqual([]);
  });

  it('a fronted subordinate clause ("After rockets hit Fort Lesk, …") ends at its comma: the speaker is in the main clause', () => {
    const m = statement('a', 'After rockets hit Fort Lesk, the garrison commander, Major Edda Stroud, said the rebels had fired from the ridge.', 'said', ['Fort Lesk', 'Edda Stroud']);
    expect([...speakersOf(m, m.actors)]).toEqual(['stroud']);
    const when = statement('a', 'When the Tolvan Alliance left the talks, Premier Iko Marr said she regretted it.', 'said', ['Tolvan Alliance', 'Iko Marr']);
    expect([...speakersOf(when, when.actors)]).toEqual(['marr']);
  });

  it('a sentence opening with its subject keeps it, commas or not', () => {
    const m = statement('a', 'Premier Iko Marr, after a night of talks, said she regretted it.', 'said', ['Iko Marr']);
    expect([...speakersOf(m, m.actors)]).toEqual(['marr']);
  });
});
