// Problems with one article, attached to its file and field (like vfile messages), with what to do about them.

export class ArticleError extends Error {
  readonly file: string;
  readonly field: string | undefined;
  readonly line: number | undefined;
  readonly fix: string;

  constructor(options: { file: string; field?: string; line?: number; problem: string; fix: string }) {
    const where = [options.file + (options.line !== undefined ? `:${options.line}` : ''), options.field && `field "${options.field}"`]
      .filter(Boolean)
      .join(', ');
    super(`${where}: ${options.problem}. ${options.fix}`);
    this.name = 'ArticleError';
    this.file = options.file;
    this.field = options.field;
    this.line = options.line;
    this.fix = options.fix;
  }
}

/** A problem that does not stop the build (unless it runs with --strict). */
export interface ArticleWarning {
  file: string;
  field?: string;
  message: string;
}
