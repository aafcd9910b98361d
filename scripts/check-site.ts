// Checks of a built site that need neither a browser nor Java, as plain functions: the link crawler, the
// inline-script and Content-Security-Policy checks, and a small JSON Schema validator for events.json.
// scripts/check-links.ts runs them over _site/; test/checks/ runs them in `npm test`.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { visit } from 'unist-util-visit';

/** The policy base.njk sets; every page must carry exactly this. */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'self'; form-action 'self'; object-src 'none'";

/** Script types that are data, never run (JSON-LD, embedded JSON). */
const DATA_SCRIPTS = new Set(['application/ld+json', 'application/json']);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'poster', 'data', 'cite'];

export function parse(html: string): Root {
  return fromHtml(html);
}

function elements(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => void found.push(node));
  return found;
}

const attr = (node: Element, name: string): string | undefined => {
  const value = node.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
};

/**
 * Everything on a page that would run, or style it, from inside the page: inline <script> (other than JSON data
 * blocks), event-handler attributes, javascript: URLs, <style> elements and style attributes. The CSP forbids
 * all of them, so each is a bug whether or not the browser would block it.
 */
export function inlineScripts(html: string): string[] {
  const problems: string[] = [];
  for (const node of elements(parse(html))) {
    const where = `<${node.tagName}>`;
    if (node.tagName === 'script' && attr(node, 'src') === undefined) {
      const type = (attr(node, 'type') ?? '').trim().toLowerCase();
      if (!DATA_SCRIPTS.has(type)) problems.push(`${where}: inline script`);
    }
    if (node.tagName === 'style') problems.push(`${where}: inline style element`);
    for (const name of Object.keys(node.properties)) {
      if (/^on[a-z]/i.test(name)) problems.push(`${where}: event-handler attribute ${name}`);
      if (name === 'style') problems.push(`${where}: style attribute`);
    }
    for (const name of URL_ATTRIBUTES) {
      const value = attr(node, name);
      // Browsers ignore leading spaces and control characters, and tabs and newlines anywhere in the scheme.
      if (value !== undefined && /^javascript:/i.test(value.replace(/[\u0000-\u0020]/g, ''))) problems.push(`${where}: javascript: URL in ${name}`);
    }
  }
  return problems;
}

/** The Content-Security-Policy meta of a page, or undefined. */
export function cspOf(html: string): string | undefined {
  for (const node of elements(parse(html))) {
    if (node.tagName === 'meta' && attr(node, 'httpEquiv')?.toLowerCase() === 'content-security-policy') return attr(node, 'content');
  }
  return undefined;
}

export interface LinkReport {
  pages: number;
  links: number;
  /** `from → href (why)` */
  broken: string[];
  /** HTML pages no link reaches from the home page (redirect stubs for retired ids are expected here). */
  unreachable: string[];
}

/** Every internal href and src on every page of `site` resolves to a file, and every #fragment to an id on it. */
export async function checkLinks(site: string): Promise<LinkReport> {
  const files = (await readdir(site, { recursive: true })).map((f) => f.split(path.sep).join('/')).sort();
  const htmlFiles = files.filter((f) => f.endsWith('.html'));
  const ids = new Map<string, Set<string>>();
  const links = new Map<string, string[]>();
  for (const file of htmlFiles) {
    const tree = parse(await readFile(path.join(site, file), 'utf8'));
    const found = new Set<string>();
    const hrefs: string[] = [];
    for (const node of elements(tree)) {
      const id = attr(node, 'id');
      if (id !== undefined) found.add(id);
      if (node.tagName === 'a' && attr(node, 'name') !== undefined) found.add(attr(node, 'name')!);
      for (const name of ['href', 'src']) {
        const value = attr(node, name);
        if (value !== undefined) hrefs.push(value);
      }
    }
    ids.set(file, found);
    links.set(file, hrefs);
  }
  const broken: string[] = [];
  const edges = new Map<string, Set<string>>();
  let count = 0;
  for (const [file, hrefs] of links) {
    const targets = new Set<string>();
    for (const href of hrefs) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue; // another site, mailto:, data:
      count++;
      const [pathPart, fragment] = href.split('#', 2) as [string, string | undefined];
      const clean = decodeURIComponent(pathPart.split('?')[0]!);
      const resolved = clean === '' ? file : path.posix.normalize(clean.startsWith('/') ? clean.slice(1) : path.posix.join(path.posix.dirname(file), clean));
      const candidate = clean === '' ? file : resolved === '.' || resolved.endsWith('/') || clean.endsWith('/') ? path.posix.join(resolved, 'index.html') : resolved;
      if (candidate.startsWith('..') || !existsSync(path.join(site, candidate))) {
        broken.push(`${file} → ${href} (no file ${candidate})`);
        continue;
      }
      if (!candidate.endsWith('.html') && existsSync(path.join(site, candidate, 'index.html'))) {
        broken.push(`${file} → ${href} (a folder: link to ${clean}/)`);
        continue;
      }
      targets.add(candidate);
      if (fragment && candidate.endsWith('.html') && !ids.get(candidate)?.has(decodeURIComponent(fragment))) broken.push(`${file} → ${href} (no id "${fragment}" on ${candidate})`);
    }
    edges.set(file, targets);
  }
  const reached = new Set<string>();
  const queue = htmlFiles.includes('index.html') ? ['index.html'] : [];
  while (queue.length) {
    const file = queue.shift()!;
    if (reached.has(file)) continue;
    reached.add(file);
    for (const target of edges.get(file) ?? []) if (target.endsWith('.html') && !reached.has(target)) queue.push(target);
  }
  return { pages: htmlFiles.length, links: count, broken, unreachable: htmlFiles.filter((f) => !reached.has(f)) };
}

/** Every HTML page of `site` with its inline-script problems and whether it carries the site's CSP. */
export async function checkPages(site: string): Promise<string[]> {
  const problems: string[] = [];
  const files = (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  for (const file of files) {
    const html = await readFile(path.join(site, file), 'utf8');
    for (const problem of inlineScripts(html)) problems.push(`${file}: ${problem}`);
    const csp = cspOf(html);
    if (csp === undefined) problems.push(`${file}: no Content-Security-Policy meta (base.njk sets it)`);
    else if (csp !== CSP) problems.push(`${file}: Content-Security-Policy is "${csp}", not the site's "${CSP}"`);
  }
  return problems;
}

// --- JSON Schema, the subset scripts/schema/events.schema.json uses -----------------------------------------

export type Schema = {
  $ref?: string;
  $defs?: Record<string, Schema>;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  minItems?: number;
  uniqueItems?: boolean;
  [other: string]: unknown;
};

const KEYWORDS = new Set([
  '$schema', '$id', '$ref', '$defs', '$comment', 'title', 'description', 'examples', 'type', 'enum', 'const', 'pattern',
  'minLength', 'minimum', 'required', 'properties', 'additionalProperties', 'items', 'minItems', 'uniqueItems',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * Validates `value` against `schema`; returns `/json/pointer: what is wrong` for each problem. Refuses schemas
 * that use a keyword it does not implement, so a check never passes by ignoring part of the schema.
 */
export function validateSchema(value: unknown, schema: Schema, root: Schema = schema, at = ''): string[] {
  for (const key of Object.keys(schema)) if (!KEYWORDS.has(key)) throw new Error(`validateSchema: keyword "${key}" is not implemented`);
  if (schema.$ref) {
    const m = /^#\/\$defs\/([^/]+)$/.exec(schema.$ref);
    const target = m && root.$defs?.[m[1]!];
    if (!target) throw new Error(`validateSchema: cannot resolve $ref ${schema.$ref}`);
    return validateSchema(value, target, root, at);
  }
  const where = at || '/';
  const problems: string[] = [];
  const actual = typeOf(value);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => t === actual || (t === 'number' && actual === 'integer'))) return [`${where}: is ${actual}, not ${types.join(' or ')}`];
  }
  if (schema.enum && !schema.enum.some((v) => v === value)) problems.push(`${where}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if ('const' in schema && schema.const !== value) problems.push(`${where}: must be ${JSON.stringify(schema.const)}`);
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) problems.push(`${where}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
    if (schema.minLength !== undefined && [...value].length < schema.minLength) problems.push(`${where}: shorter than ${schema.minLength}`);
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) problems.push(`${where}: less than ${schema.minimum}`);
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) problems.push(`${where}: fewer than ${schema.minItems} items`);
    if (schema.uniqueItems && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) problems.push(`${where}: items are not unique`);
    if (schema.items) value.forEach((item, i) => problems.push(...validateSchema(item, schema.items!, root, `${at}/${i}`)));
  }
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in record)) problems.push(`${where}: "${key}" is missing`);
    for (const [key, child] of Object.entries(record)) {
      const property = schema.properties?.[key];
      const pointer = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (property) problems.push(...validateSchema(child, property, root, pointer));
      else if (schema.additionalProperties === false) problems.push(`${where}: "${key}" is not allowed`);
      else if (typeof schema.additionalProperties === 'object') problems.push(...validateSchema(child, schema.additionalProperties, root, pointer));
    }
  }
  return problems;
}

export const EVENTS_SCHEMA = path.join('scripts', 'schema', 'events.schema.json');

/** events.json of `site` against the schema. */
export async function checkEventsJson(site: string, schemaFile = EVENTS_SCHEMA): Promise<string[]> {
  const schema = JSON.parse(await readFile(schemaFile, 'utf8')) as Schema;
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path.join(site, 'events.json'), 'utf8'));
  } catch (error) {
    return [`events.json: ${(error as Error).message}`];
  }
  return validateSchema(data, schema).map((p) => `events.json${p}`);
}
