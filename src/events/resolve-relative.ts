// "Hours before the strategic dialogue was held", "after the assassinations": a mention dated only relative to
// another development takes that development's date, at its precision, with a before/after qualifier, when the
// named development is found among the events; otherwise it stays undated and yields nothing.
import { formatHuman, precisionOf } from '../calendar/calendar-date.js';
import type { RelativeMention } from '../extract/extract-mentions.js';
import type { DatePart, Mention } from '../types.js';
import { terms } from './mention-evidence.js';
import { clusterDate, mentionKey } from './merge-mentions.js';

export function resolveRelative(relatives: readonly RelativeMention[], clusters: readonly Mention[][]): Mention[] {
  const resolved: Mention[] = [];
  for (const { relative, ...rest } of relatives) {
    const anchorTerms = [...terms(relative.anchor)];
    if (!anchorTerms.length) continue;
    let best: { cluster: readonly Mention[]; sameArticle: boolean; key: string } | undefined;
    for (const cluster of clusters) {
      const telling = cluster.filter((m) => m.article !== rest.article || m.sentence !== rest.sentence)
        .filter((m) => { const t = terms(m.quote); return anchorTerms.every((w) => t.has(w)); });
      if (!telling.length) continue;
      const sameArticle = telling.some((m) => m.article === rest.article);
      const key = mentionKey(cluster[0]!);
      if (!best || (sameArticle && !best.sameArticle) || (sameArticle === best.sameArticle && key < best.key)) {
        best = { cluster, sameArticle, key };
      }
    }
    if (!best) continue;
    const date = clusterDate(best.cluster);
    const precision = precisionOf(date);
    const implied: DatePart[] = precision === 'day' ? ['year', 'month', 'day'] : precision === 'month' ? ['year', 'month'] : ['year'];
    resolved.push({
      ...rest,
      date: {
        text: relative.text,
        index: relative.index,
        date,
        precision,
        stated: [],
        implied,
        qualifier: relative.qualifier,
        tag: 'relative-to-event',
        reason: `"${relative.text}" refers to ${relative.anchor}, dated ${formatHuman(date)} → ${relative.qualifier} ${formatHuman(date)}`,
      },
    });
  }
  return resolved;
}
