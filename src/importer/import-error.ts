// An article the importer cannot turn into a file without help from the person importing it. `field` names the
// front-matter field that could not be decided, so callers (the HTML importer, the CLI) can word their own advice.
export type ImportField = 'title' | 'published';

export class ImportError extends Error {
  readonly field: ImportField;
  constructor(field: ImportField, message: string) {
    super(message);
    this.name = 'ImportError';
    this.field = field;
  }
}
