// The browser-free checks of scripts/check-site.ts: first on small pages made to fail them, then on the site
// built from content/ (links, Content-Security-Policy and inline script, events.json against its schema).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useEleventyWorkspace } from '../helpers/eleventy-workspace.js';
import { build } from '../../scripts/build.js';
import { checkEventsJson, checkLinks, checkPages, CSP, cspOf, EVENTS_SCHEMA, inlineScripts, validateSchema, type Schema } from '../../scripts/check-site.js';

const tmp = useEleventyWorkspace('checks');

async function site(name: string, files: Record<string, string>): Promise<string> {
  const root = path.join(tmp(), name);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}

const page = (body: string, head = `<meta http-equiv="Content-Security-Policy" content="${CSP}">`) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}<title>t</title></head><body>${body}</body></html>`;

describe('inlineScripts', () => {
  it('finds everything that would run or style from inside the page', () => {
    const html = page(`<script>x()</script><script type="module">y()</script><style>p{}</style><p style="color:red" onclick="z()">a</p>
      <a href=" java\tscript:alert(1)">b</a><form action="javascript:void 0"></form><svg><rect style="fill:red"/></svg>`);
    expect(inlineScripts(html)).toEqual([
      '<script>: inline script',
      '<script>: inline script',
      '<style>: inline style element',
      '<p>: style attribute',
      '<p>: event-handler attribute onClick',
      '<a>: javascript: URL in href',
      '<form>: javascript: URL in action',
      '<rect>: style attribute',
    ]);
  });

  it('allows script files and JSON data blocks', () => {
    expect(inlineScripts(page('<script src="/assets/app.js" defer></script><script type="application/ld+json">{"@type":"Event"}</script>'))).toEqual([]);
  });

  it('reads the CSP meta', () => {
    expect(cspOf(page(''))).toBe(CSP);
    expect(cspOf(page('', ''))).toBeUndefined();
  });
});

describe('validateSchema', () => {
  const schema: Schema = {
    type: 'object',
    required: ['a'],
    additionalProperties: false,
    properties: { a: { type: 'array', items: { $ref: '#/$defs/item' }, minItems: 1 } },
    $defs: { item: { type: 'object', required: ['kind'], properties: { kind: { enum: ['x', 'y'] }, day: { type: 'string', pattern: '^\\d{4}$' }, n: { type: 'integer', minimum: 0 } } } },
  };

  it('accepts what matches', () => {
    expect(validateSchema({ a: [{ kind: 'x', day: '2021', n: 3 }] }, schema)).toEqual([]);
  });

  it('names each problem by its JSON pointer', () => {
    expect(validateSchema({ a: [{ kind: 'z', day: '21', n: -1.5 }, {}], b: 1 }, schema)).toEqual([
      '/a/0/kind: "z" is not one of ["x","y"]',
      '/a/0/day: "21" does not match ^\\d{4}$',
      '/a/0/n: is number, not integer',
      '/a/1: "kind" is missing',
      '/: "b" is not allowed',
    ]);
    expect(validateSchema({}, schema)).toEqual(['/: "a" is missing']);
    expect(validateSchema({ a: [] }, schema)).toEqual(['/a: fewer than 1 items']);
  });

  it('refuses a keyword it does not implement rather than pass by ignoring it', () => {
    expect(() => validateSchema(1, { oneOf: [] })).toThrow(/oneOf/);
  });
});

describe('checkLinks', () => {
  it('reports missing files, missing fragments and folders linked without their slash', async () => {
    const root = await site('links', {
      'index.html': page('<a href="/a/">a</a> <a href="/a/#x">x</a> <a href="/a/#nope">nope</a> <a href="/gone/">gone</a> <a href="/a">folder</a> <a href="https://example.org/">out</a> <a href="mailto:x@example.org">mail</a>'),
      'a/index.html': page('<p id="x">x</p><a href="../">home</a><a href="#x">self</a>'),
      'orphan/index.html': page('<p>no one links here</p>'),
    });
    const report = await checkLinks(root);
    expect(report.broken).toEqual([
      'index.html → /a/#nope (no id "nope" on a/index.html)',
      'index.html → /gone/ (no file gone/index.html)',
      'index.html → /a (a folder: link to /a/)',
    ]);
    expect(report.unreachable).toEqual(['orphan/index.html']);
    expect(report.links).toBe(7);
  });
});

describe('the site built from content/', () => {
  let out: string;
  beforeAll(async () => {
    out = path.join(tmp(), 'content-site');
    const result = await build({ output: out, log: { info: () => {}, error: () => {} } });
    expect(result.ok).toBe(true);
  }, 120_000);

  it('has no broken internal link or fragment', async () => {
    const report = await checkLinks(out);
    expect(report.broken).toEqual([]);
    expect(report.pages).toBeGreaterThan(20);
  });

  it('carries the Content-Security-Policy on every page, and nothing inline', async () => {
    expect(await checkPages(out)).toEqual([]);
  });

  it('publishes events.json that matches its schema', async () => {
    expect(await checkEventsJson(out)).toEqual([]);
    const schema = JSON.parse(await readFile(EVENTS_SCHEMA, 'utf8')) as Schema;
    const { events } = JSON.parse(await readFile(path.join(out, 'events.json'), 'utf8')) as { events: Record<string, unknown>[] };
    // The schema has teeth: a wrong precision or a missing source is caught.
    expect(validateSchema({ events: [{ ...events[0], precision: 'week' }] }, schema)).toEqual(['/events/0/precision: "week" is not one of ["day","month","year"]']);
    expect(validateSchema({ events: [{ ...events[0], sources: [] }] }, schema)).toEqual(['/events/0/sources: fewer than 1 items']);
  });
});
