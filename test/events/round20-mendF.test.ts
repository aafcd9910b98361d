// Round 20 mend F, merging: two sites within one town with tolls that differ are two attacks, though one toll counted
// differently at one site is one; an air raid and a shelling of one village on one day are two; drones and manned
// aircraft are two means of delivery unless one telling names both. Each asked in both article orders, through
// buildEvents. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../src/pipeline.js';
import type { Article } from '../../src/types.js';
import { storyOf } from '../helpers/story-of.js';

/** The events of `kind` in both article orders, each as its sorted source articles, the events sorted. */
function groups(articles: Article[], kind = 'attack'): string[][][] {
  return [articles, [...articles].reverse()].map((list) =>
    buildEvents(list)
      .filter((e) => e.type === kind)
      .map((e) => [...new Set(e.sources.map((s) => s.article))].sort())
      .sort((x, y) => x.join().localeCompare(y.join())),
  );
}

describe('round 20 mend F: two sites within one town', () => {
  const market = storyOf('market', '2032-05-12', ['A car bomb exploded outside the central market in Varlo on Tuesday, killing six people, police said.']);

  it('a market and a stadium of one town, six killed and two: apart', () => {
    const stadium = storyOf('stadium', '2032-05-12', ['A car bomb exploded near the football stadium in Varlo on Tuesday, killing two guards, witnesses said.']);
    expect(groups([market, stadium])).toEqual([[['market'], ['stadium']], [['market'], ['stadium']]]);
  });

  it('a mosque in a suburb of the town, two killed: apart', () => {
    const mosque = storyOf('mosque', '2032-05-12', ['A car bomb exploded outside a mosque in Dralo, a suburb south of Varlo, on Tuesday, killing two guards, the mayor said.']);
    expect(groups([market, mosque])).toEqual([[['market'], ['mosque']], [['market'], ['mosque']]]);
  });

  it('one site, six killed and at least seven: one attack counted two ways', () => {
    const seven = storyOf('seven', '2032-05-12', ['A car bomb exploded outside the central market in Varlo on Tuesday, killing at least seven people, witnesses said.']);
    expect(groups([market, seven])).toEqual([[['market', 'seven']], [['market', 'seven']]]);
  });

  it('no site in one telling, a different toll: one attack', () => {
    const town = storyOf('town', '2032-05-12', ['A car bomb exploded in Varlo on Tuesday, killing seven people, officials said.']);
    expect(groups([market, town])).toEqual([[['market', 'town']], [['market', 'town']]]);
  });

  it('two sites and one toll told in both: one attack at two names', () => {
    const gate = storyOf('gate', '2032-05-12', ['A car bomb exploded near the bus station in Varlo on Tuesday, killing six people, officials said.']);
    expect(groups([market, gate])).toEqual([[['gate', 'market']], [['gate', 'market']]]);
  });
});

describe('round 20 mend F: an air raid and a shelling of one village', () => {
  const jets = storyOf('jets', '2032-05-12', ['Government jets bombed the village of Ostra on Tuesday, residents said.']);
  const raid = storyOf('raid', '2032-05-12', ['An airstrike hit Ostra on Tuesday, killing a shepherd, the monitor said.']);
  const guns = storyOf('guns', '2032-05-12', ['Artillery shelled Ostra on Tuesday, residents said.']);

  it('the two tellings of the air raid are one, the shelling another', () => {
    expect(groups([jets, raid, guns])).toEqual([[['guns'], ['jets', 'raid']], [['guns'], ['jets', 'raid']]]);
  });

  it('the air raid keeps its own code and title', () => {
    const events = buildEvents([jets, raid, guns]).filter((e) => e.type === 'attack');
    const air = events.find((e) => e.sources.some((s) => s.article === 'jets'))!;
    expect(air.cameo).toBe('195');
    expect(air.title).not.toMatch(/artillery/i);
  });
});

describe('round 20 mend F: drones and manned aircraft', () => {
  const drones = storyOf('drones', '2051-04-16', ['Kalsovan drones struck the Morrow Fells this morning.']);
  const craft = storyOf('craft', '2051-04-16', ['Kalsovan military aircraft struck targets in the Morrow Fells this morning.']);

  it('struck by drones and by military aircraft: apart', () => {
    expect(groups([drones, craft])).toEqual([[['craft'], ['drones']], [['craft'], ['drones']]]);
  });

  it('one telling naming both, "jets and drones struck": one attack', () => {
    const both = storyOf('both', '2051-04-16', ['Kalsovan jets and drones struck the Morrow Fells this morning, the army said.']);
    expect(groups([drones, both])).toEqual([[['both', 'drones']], [['both', 'drones']]]);
  });

  it('two tellings by drones still merge', () => {
    const more = storyOf('more', '2051-04-16', ['Kalsovan drones hit the Morrow Fells this morning, local officials said.']);
    expect(groups([drones, more])).toEqual([[['drones', 'more']], [['drones', 'more']]]);
  });
});
