// Everything `buildSiteData` keeps in memory between builds when a long-lived process passes it one (`npm start`:
// scripts/serve-session.ts), so that a rebuild after one article changed reads, extracts, merges, describes,
// serialises and digests only what that article touched (issue 8). Each part is keyed by what fully determines its
// value (see each module), so the site data is the same with or without it; test/site/serve-session.test.ts
// compares what such a process serves with a fresh build.
import { articleMemory, type ArticleMemory } from '../articles/load-articles.js';
import type { ExtractionMemory } from '../cache/extraction-cache.js';
import { Generations, Serials } from '../cache/memory.js';
import type { EventsMemory } from '../events/events-from-articles.js';
import { ledgerMemory } from '../ledger/assign-ledger-ids.js';
import type { LedgerFileMemory } from '../ledger/ledger-file.js';
import { siteDataMemory, type SiteDataMemory } from './build-site-data.js';
import { planMemory, type PlanMemory } from './page-plan.js';
import type { RecordMemo } from './search-records.js';

export interface SiteMemory {
  /** Builds that used it so far. */
  builds: number;
  articles: ArticleMemory;
  extraction: ExtractionMemory;
  /** Merged shards by key (src/cache/merge-cache.ts), in front of the disk cache. */
  merges: Generations<string, number[][]>;
  events: EventsMemory;
  ledgerFile: LedgerFileMemory;
  site: SiteDataMemory;
  records: RecordMemo;
  plan: PlanMemory;
}

export function siteMemory(): SiteMemory {
  return {
    builds: 0,
    articles: articleMemory(),
    extraction: { results: new Generations(), keys: new WeakMap() },
    merges: new Generations(),
    events: {
      serials: new Serials(),
      shards: new Generations(),
      merged: [new Map(), new Map()],
      mentionKeys: new WeakMap(),
      clusterDates: new WeakMap(),
      clusterDrafts: new WeakMap(),
      drafts: new WeakMap(),
      resolvedDrafts: new Generations(),
      events: new WeakMap(),
      ledger: ledgerMemory(),
    },
    ledgerFile: {},
    site: siteDataMemory(),
    records: new WeakMap(),
    plan: planMemory(),
  };
}

/** After a build whose data was made: what that build did not use is dropped from the keyed memos. */
export function endOfBuild(memory: SiteMemory): void {
  memory.builds++;
  memory.extraction.results.nextGeneration();
  memory.merges.nextGeneration();
  memory.events.shards.nextGeneration();
  memory.events.resolvedDrafts.nextGeneration();
}
