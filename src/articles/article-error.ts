// Problems with one article, attached to its file and field (like vfile messages), with what to do about them.

export class ArticleError extends Error {
  readonly file: string;
  readonly field: string | undefined;
  readonly line: number | undefined;
  /** What is wrong, without the place: "is missing", "\"2021-02-30\" is not a real day". */
  readonly problem: string;
  readonly fix: string;

  constructor(options: { file: string; field?: string; line?: number; problem: string; fix: string }) {
    super(`${where(options)}: ${options.problem}. ${options.fix}`);
    this.name = 'ArticleError';
    this.file = options.file;
    this.field = options.field;
    this.line = options.line;
    this.problem = options.problem;
    this.fix = options.fix;
  }
}

/** Several article problems, reported together so one run tells the writer everything that needs fixing. */
export class ContentError extends Error {
  readonly problems: ArticleError[];
  constructor(problems: ArticleError[]) {
    super(`${problems.length} article problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p.message}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** A problem that does not stop the build (unless it runs with --strict). `message` says what and what to do. */
export interface ArticleWarning {
  file: string;
  field?: string;
  line?: number;
  message: string;
}

/** `content/articles/x.md:12, field "title": …`, the same shape as an error. */
export function formatWarning(warning: ArticleWarning): string {
  return `${where(warning)}: ${warning.message}`;
}

function where({ file, line, field }: { file: string; line?: number | undefined; field?: string | undefined }): string {
  return [file + (line !== undefined ? `:${line}` : ''), field && `field "${field}"`].filter(Boolean).join(', ');
}
