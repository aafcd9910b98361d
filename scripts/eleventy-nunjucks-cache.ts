// Eleventy 3.1 stopped caching compiled Nunjucks templates in its own cache ("moved to Nunjucks' internal cache"),
// but it builds every page with `new Template(source)`, which Nunjucks' cache never sees: each of the thousands of
// paginated event pages, and each layout around it, was parsed and compiled again (5 of 38 s at 1,000 articles,
// measured with --cpu-prof; BENCHMARKS.md). This plugin keeps the compiled form per environment, keyed by the
// template's path and full source, so a changed template (`npm start`) compiles afresh and nothing else changes.
interface NunjucksTemplate {
  env: object;
  path?: string;
  tmplStr?: string;
  tmplProps?: unknown;
  _compile(): void;
}

interface NunjucksLib {
  Template: { prototype: NunjucksTemplate };
}

export interface EngineEvents {
  on(event: 'eleventy.engine.njk', listener: (engine: { nunjucks: NunjucksLib; environment: object }) => void): void;
}

const compiled = new WeakMap<object, Map<string, unknown>>();
const patched = new WeakSet<object>();

export function cacheNunjucksCompiles(eleventyConfig: EngineEvents): void {
  eleventyConfig.on('eleventy.engine.njk', ({ nunjucks }) => {
    const proto = nunjucks.Template.prototype;
    if (patched.has(proto)) return;
    patched.add(proto);
    const compile = proto._compile;
    proto._compile = function cachedCompile(this: NunjucksTemplate) {
      if (this.tmplProps !== undefined || this.tmplStr === undefined) return compile.call(this);
      let byEnv = compiled.get(this.env);
      if (!byEnv) compiled.set(this.env, (byEnv = new Map()));
      const key = `${this.path ?? ''}\0${this.tmplStr}`;
      const props = byEnv.get(key);
      if (props !== undefined) {
        this.tmplProps = props;
        return compile.call(this);
      }
      compile.call(this);
      // What _compile produced: the root and block functions, read back from the template it compiled.
      byEnv.set(key, { root: (this as unknown as { rootRenderFunc: unknown }).rootRenderFunc, ...prefixed((this as unknown as { blocks: Record<string, unknown> }).blocks) });
    };
  });
}

function prefixed(blocks: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(blocks).map(([name, fn]) => [`b_${name}`, fn]));
}
