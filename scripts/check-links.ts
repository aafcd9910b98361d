// `npm run check:links [-- SITE]`: every internal link and #fragment of the built site (default _site/) resolves.
// Pages no link reaches from the home page are listed, not failed (redirect stubs for retired ids are such pages).
import { checkLinks } from './check-site.js';

const site = process.argv[2] ?? '_site';
const { pages, links, broken, unreachable } = await checkLinks(site);
if (unreachable.length) console.log(`${unreachable.length} page(s) no link reaches from the home page:\n${unreachable.map((p) => `  ${p}`).join('\n')}`);
if (broken.length) {
  console.error(`${broken.length} broken link(s) in ${site}/:\n${broken.map((b) => `  ${b}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(`check:links: ${links} internal links on ${pages} pages, none broken.`);
}
