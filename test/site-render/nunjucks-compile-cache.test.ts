import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { cacheNunjucksCompiles, type EngineEvents } from '../../scripts/eleventy-nunjucks-cache.js';

// Nunjucks is Eleventy's own dependency (CommonJS); the plugin patches the same module object Eleventy loads.
const require = createRequire(import.meta.url);
const nunjucks = require('nunjucks');
const compiler = require('nunjucks/src/compiler');

function install(env: object): void {
  let listener: Parameters<EngineEvents['on']>[1] | undefined;
  cacheNunjucksCompiles({ on: (_event, l) => (listener = l) });
  listener!({ nunjucks, environment: env });
}

describe('cacheNunjucksCompiles', () => {
  const env = new nunjucks.Environment(null, { autoescape: true });
  install(env);
  install(env); // a second Eleventy build in the same process patches nothing twice

  it('compiles a page template once however many pages render it, with the same output', () => {
    const compile = vi.spyOn(compiler, 'compile');
    const source = '{% block title %}{{ event.title }}{% endblock %}: <p>{{ event.summary }}</p>';
    const pages = ['<b>one</b>', 'two', 'three'].map((title) => new nunjucks.Template(source, env, 'templates/event.njk', false).render({ event: { title, summary: 's' } }));
    expect(compile).toHaveBeenCalledTimes(1);
    expect(pages).toEqual(['&lt;b&gt;one&lt;/b&gt;: <p>s</p>', 'two: <p>s</p>', 'three: <p>s</p>']);
    compile.mockRestore();
  });

  it('compiles again when the source changes (npm start after a template edit) or the path differs', () => {
    const compile = vi.spyOn(compiler, 'compile');
    expect(new nunjucks.Template('A {{ x }}', env, 'templates/a.njk', false).render({ x: 1 })).toBe('A 1');
    expect(new nunjucks.Template('B {{ x }}', env, 'templates/a.njk', false).render({ x: 1 })).toBe('B 1');
    expect(new nunjucks.Template('A {{ x }}', env, 'templates/b.njk', false).render({ x: 2 })).toBe('A 2');
    expect(new nunjucks.Template('A {{ x }}', env, 'templates/a.njk', false).render({ x: 3 })).toBe('A 3');
    expect(compile).toHaveBeenCalledTimes(3);
    compile.mockRestore();
  });

  it('keeps environments apart: another environment compiles with its own options', () => {
    const raw = new nunjucks.Environment(null, { autoescape: false });
    const source = '{{ x }}';
    expect(new nunjucks.Template(source, env, 'same.njk', false).render({ x: '<i>' })).toBe('&lt;i&gt;');
    expect(new nunjucks.Template(source, raw, 'same.njk', false).render({ x: '<i>' })).toBe('<i>');
  });

  it('shares the compiled form between environments alike (npm start makes one per update)', () => {
    const compile = vi.spyOn(compiler, 'compile');
    const source = '<p>{{ x | upper }}</p>';
    const outputs = [0, 1, 2].map((i) => {
      const alike = new nunjucks.Environment(null, { autoescape: true });
      install(alike);
      return new nunjucks.Template(source, alike, 'templates/shared.njk', false).render({ x: `<${i}>` });
    });
    expect(outputs).toEqual(['<p>&lt;0&gt;</p>', '<p>&lt;1&gt;</p>', '<p>&lt;2&gt;</p>']);
    expect(compile).toHaveBeenCalledTimes(1);
    // An async filter changes what the compiler writes: that environment compiles its own.
    const other = new nunjucks.Environment(null, { autoescape: true });
    other.addFilter('later', (v: unknown, cb: (e: null, r: unknown) => void) => cb(null, v), true);
    install(other);
    new nunjucks.Template(source, other, 'templates/shared.njk', false).render({ x: 'y' });
    expect(compile).toHaveBeenCalledTimes(2);
    compile.mockRestore();
  });

  it('with a store, a new build process compiles only the templates the store lacks, with the same output', async () => {
    const entries = new Map<string, { key: string; source: string }>();
    let served = 0;
    const store = {
      get: (name: string, key: string) => (entries.get(name)?.key === key ? (served++, entries.get(name)!.source) : undefined),
      set: (name: string, key: string, source: string) => void entries.set(name, { key, source }),
    };
    const source = '<p>{{ x }}</p>{% block b %}[{{ x }}]{% endblock %}';
    // Each "process" is the plugin module loaded afresh (its memory empty), on an environment of its own.
    const renderIn = async (template: string) => {
      vi.resetModules();
      const fresh = await import('../../scripts/eleventy-nunjucks-cache.js');
      const alike = new nunjucks.Environment(null, { autoescape: true, trimBlocks: true });
      let listener: Parameters<EngineEvents['on']>[1] | undefined;
      fresh.cacheNunjucksCompiles({ on: (_event, l) => (listener = l) }, store);
      listener!({ nunjucks, environment: alike });
      return new nunjucks.Template(template, alike, 'templates/stored.njk', false).render({ x: '<y>' });
    };
    const compile = vi.spyOn(compiler, 'compile');
    const first = await renderIn(source);
    expect(compile).toHaveBeenCalledTimes(1);
    expect(await renderIn(source)).toBe(first);
    expect(first).toBe('<p>&lt;y&gt;</p>[&lt;y&gt;]');
    expect(compile).toHaveBeenCalledTimes(1);
    expect(served).toBe(1);
    // An edited template is compiled again, and its entry replaced.
    expect(await renderIn(`${source}!`)).toBe(`${first}!`);
    expect(compile).toHaveBeenCalledTimes(2);
    expect(entries.size).toBe(1);
    compile.mockRestore();
  });
});
