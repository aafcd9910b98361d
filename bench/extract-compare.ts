// `tsx bench/extract-compare.ts <articles dir> <rounds> label=<worktree> label=<worktree> …`: extraction CPU of several
// checkouts compared in one process, one pass over the articles each in turn (A B C … A B C …), so a loaded machine
// weighs on all of them alike. Each worktree's own extractMentions is imported (the articles are read by the first);
// the first round is warm-up. Prints each one's CPU ms per pass and its ratio to the first's pass in the same round.
// (BENCHMARKS.md, "Extraction per article, round 15": ±8% at load 10 with 6 rounds.)
import path from 'node:path';

type Extract = (article: unknown) => { mentions: unknown[] };
const [dir, roundsArg, ...trees] = process.argv.slice(2);
if (!dir || !roundsArg || !trees.length) throw new Error('usage: tsx bench/extract-compare.ts <articles dir> <rounds> label=<worktree> …');
const rounds = Number(roundsArg);
const impl: { label: string; extract: Extract; cpu: number[]; mentions: number }[] = [];
for (const tree of trees) {
  const [label, root] = tree.split('=') as [string, string];
  const module = (await import(path.resolve(root, 'src/extract/extract-mentions.ts'))) as { extractMentions: Extract };
  impl.push({ label, extract: module.extractMentions, cpu: [], mentions: 0 });
}
const { loadArticles } = (await import(path.resolve(trees[0]!.split('=')[1]!, 'src/articles/load-articles.ts'))) as {
  loadArticles: (dir: string, options: { today: string }) => Promise<unknown[]>;
};
const articles = await loadArticles(dir, { today: '2100-01-01' });
for (let r = 0; r < rounds; r++) {
  for (const m of impl) {
    const started = process.cpuUsage();
    let mentions = 0;
    for (const a of articles) mentions += m.extract(a).mentions.length;
    const used = process.cpuUsage(started);
    m.cpu.push(Math.round((used.user + used.system) / 1000));
    m.mentions = mentions;
  }
  console.error(`round ${r}: ${impl.map((m) => `${m.label} ${m.cpu.at(-1)}`).join('  ')}`);
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const base = impl[0]!;
for (const m of impl) {
  const passes = m.cpu.slice(1);
  const ratios = passes.map((x, i) => x / base.cpu[i + 1]!);
  console.log(`${m.label.padEnd(12)} mentions ${m.mentions}  CPU ms per pass ${median(passes)} (${Math.min(...passes)}–${Math.max(...passes)})  ` +
    `vs ${base.label} in the same round ${median(ratios).toFixed(3)} (${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)})`);
}
