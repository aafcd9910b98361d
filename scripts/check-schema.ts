// `npm run check:schema [-- SITE]`: the site's events.json against scripts/schema/events.schema.json.
import { checkEventsJson, EVENTS_SCHEMA } from './check-site.js';

const site = process.argv[2] ?? '_site';
const problems = await checkEventsJson(site);
if (problems.length) {
  console.error(`${site}/events.json does not match ${EVENTS_SCHEMA}:\n${problems.slice(0, 50).map((p) => `  ${p}`).join('\n')}${problems.length > 50 ? `\n  … and ${problems.length - 50} more` : ''}`);
  process.exitCode = 1;
} else {
  console.log(`check:schema: ${site}/events.json matches ${EVENTS_SCHEMA}.`);
}
