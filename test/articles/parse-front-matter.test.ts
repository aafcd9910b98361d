import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../src/articles/article-error.js';
import { parseFrontMatter } from '../../src/articles/parse-front-matter.js';

const article = (front: string, body = 'Talks resumed on Wednesday.\n') => `---\n${front}\n---\n\n${body}`;

function problem(source: string): ArticleError {
  try {
    parseFrontMatter('content/articles/x.md', source);
  } catch (error) {
    if (error instanceof ArticleError) return error;
    throw error;
  }
  throw new Error('expected an ArticleError');
}

describe('parseFrontMatter', () => {
  it('keeps an unquoted date as the calendar string it was written as', () => {
    const { meta } = parseFrontMatter('a.md', article('title: Talks\npublished: 2021-04-07'));
    expect(meta.published).toBe('2021-04-07');
    expect(meta.authors).toEqual([]);
  });

  it('reads every known field', () => {
    const { meta, warnings } = parseFrontMatter(
      'a.md',
      article('title: "Talks"\npublished: "2021-04-07"\npublisher: "Rudaw"\nauthors: ["Sura Ali"]\nurl: "https://example.org/a"\ndescription: "Dek."'),
    );
    expect(meta).toEqual({ title: 'Talks', published: '2021-04-07', publisher: 'Rudaw', authors: ['Sura Ali'], url: 'https://example.org/a', description: 'Dek.' });
    expect(warnings).toEqual([]);
  });

  it('refuses an impossible date instead of rolling it over to March', () => {
    const error = problem(article('title: T\npublished: 2021-02-30'));
    expect(error.field).toBe('published');
    expect(error.message).toContain('content/articles/x.md');
    expect(error.message).toContain('not a real day');
  });

  it('fails every time for the same broken text (no parse cache)', () => {
    const source = article('title: T\npublished: 2021-02-30');
    expect(() => parseFrontMatter('x.md', source)).toThrow(ArticleError);
    expect(() => parseFrontMatter('x.md', source)).toThrow(ArticleError);
  });

  it('names the field and the fix for missing or empty values', () => {
    expect(problem(article('published: 2021-04-07')).field).toBe('title');
    expect(problem(article('title: "  "\npublished: 2021-04-07')).message).toMatch(/field "title": is empty/);
    const missing = problem(article('title: T'));
    expect(missing.field).toBe('published');
    expect(missing.fix).toContain('YYYY-MM-DD');
    expect(problem(article('title: T\npublished: April 7, 2021')).field).toBe('published');
    expect(problem(article('title: T\npublished: 2021-04-07\nauthors: Sura Ali')).field).toBe('authors');
  });

  it('gives the line of a YAML syntax error', () => {
    const error = problem(article('title: "unclosed\npublished: 2021-04-07'));
    expect(error.line).toBeGreaterThan(1);
    expect(error.message).toMatch(/not valid YAML/);
  });

  it('refuses non-http urls such as javascript:', () => {
    expect(problem(article('title: T\npublished: 2021-04-07\nurl: "javascript:alert(1)"')).field).toBe('url');
  });

  it('warns about unknown keys without failing', () => {
    const { warnings } = parseFrontMatter('a.md', article('title: T\npublished: 2021-04-07\ntags: [a]'));
    expect(warnings).toEqual([expect.objectContaining({ field: 'tags' })]);
  });
});
