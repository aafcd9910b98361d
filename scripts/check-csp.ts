// `npm run check:csp [-- SITE]`: every page carries the site's Content-Security-Policy and has nothing inline that
// would run or style it (script, event handlers, javascript: URLs, style) — the policy forbids all of them.
import { checkPages } from './check-site.js';

const site = process.argv[2] ?? '_site';
const problems = await checkPages(site);
if (problems.length) {
  console.error(`${problems.length} problem(s) in ${site}/:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log(`check:csp: every page of ${site}/ has the Content-Security-Policy and no inline script or style.`);
}
