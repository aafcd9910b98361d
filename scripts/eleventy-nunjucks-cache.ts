// Eleventy 3.1 stopped caching compiled Nunjucks templates in its own cache ("moved to Nunjucks' internal cache"),
// but it builds every page with `new Template(source)`, which Nunjucks' cache never sees: each of the thousands of
// paginated event pages, and each layout around it, was parsed and compiled again (5 of 38 s at 1,000 articles,
// measured with --cpu-prof; BENCHMARKS.md). This plugin keeps the compiled form, keyed by the template's path and
// full source, so a changed template (`npm start`) compiles afresh and nothing else changes — and by everything of
// the environment the compiler reads (its options, async filter names and extensions): compiled code reaches the
// environment only through the argument it is run with, so environments alike share it. `npm start`'s session makes
// a new environment for each update (scripts/serve-session.ts) and compiles nothing again. With a store (round 16),
// what the compiler wrote is kept on disk too, so a new build process compiles only the templates that changed.
import { createHash } from 'node:crypto';
import type { TemplateStore } from '../src/cache/template-cache.js';
interface NunjucksEnvironment {
  opts: object;
  asyncFilters: string[];
  /** Custom tags: what the parser accepts depends on them. */
  extensionsList: { __name?: string; tags?: string[]; constructor: { name: string } }[];
}

interface NunjucksTemplate {
  env: NunjucksEnvironment;
  path?: string;
  tmplStr?: string;
  tmplProps?: unknown;
  _compile(): void;
}

interface NunjucksLib {
  Template: { prototype: NunjucksTemplate };
  compiler: { compile(source: string, asyncFilters: string[], extensions: unknown[], name: string | undefined, opts: object): string };
}

export interface EngineEvents {
  on(event: 'eleventy.engine.njk', listener: (engine: { nunjucks: NunjucksLib; environment: object }) => void): void;
}

/** By what the compiler reads of an environment (environmentKey), then by path and source. */
const compiled = new Map<string, Map<string, unknown>>();
const keys = new WeakMap<object, string>();
const patched = new WeakSet<object>();

function environmentKey(env: NunjucksEnvironment): string {
  let key = keys.get(env);
  if (key === undefined) {
    key = JSON.stringify([env.opts, env.asyncFilters, env.extensionsList.map((e) => [e.__name ?? e.constructor.name, e.tags ?? []])]);
    keys.set(env, key);
  }
  return key;
}

export function cacheNunjucksCompiles(eleventyConfig: EngineEvents, store?: TemplateStore): void {
  eleventyConfig.on('eleventy.engine.njk', ({ nunjucks }) => {
    const proto = nunjucks.Template.prototype;
    if (patched.has(proto)) return;
    patched.add(proto);
    const compile = proto._compile;
    proto._compile = function cachedCompile(this: NunjucksTemplate) {
      if (this.tmplProps !== undefined || this.tmplStr === undefined) return compile.call(this);
      const environment = environmentKey(this.env);
      let byEnv = compiled.get(environment);
      if (!byEnv) compiled.set(environment, (byEnv = new Map()));
      const key = `${this.path ?? ''}\0${this.tmplStr}`;
      const props = byEnv.get(key);
      if (props !== undefined) {
        this.tmplProps = props;
        return compile.call(this);
      }
      if (store) this.tmplProps = compiledProps(nunjucks, this, environment, store);
      compile.call(this);
      // What _compile produced: the root and block functions, read back from the template it compiled.
      byEnv.set(key, { root: (this as unknown as { rootRenderFunc: unknown }).rootRenderFunc, ...prefixed((this as unknown as { blocks: Record<string, unknown> }).blocks) });
    };
  });
}

/** What Nunjucks' _compile makes of the template, from the stored source when it was compiled from this one. */
function compiledProps(nunjucks: NunjucksLib, template: NunjucksTemplate, environment: string, store: TemplateStore): unknown {
  const name = `${template.path ?? ''}\0${environment}`;
  const key = createHash('sha256').update(template.tmplStr!).digest('hex');
  let source = store.get(name, key);
  if (source === undefined) {
    const env = template.env;
    source = nunjucks.compiler.compile(template.tmplStr!, env.asyncFilters, env.extensionsList, template.path, env.opts);
    store.set(name, key, source);
  }
  return new Function(source)(); // as Nunjucks' own _compile does with the compiler's output
}

function prefixed(blocks: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(blocks).map(([name, fn]) => [`b_${name}`, fn]));
}
