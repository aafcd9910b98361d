// Eleventy 3 ships no type declarations; this is the part of its programmatic API our scripts use.
declare module '@11ty/eleventy' {
  interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    runMode?: 'build' | 'serve' | 'watch';
    /** Runs before the config file, on the same configuration object. */
    config?: (eleventyConfig: {
      addGlobalData(name: string, value: unknown): void;
      on(event: 'eleventy.engine.njk', listener: (engine: { environment: { addFilter(name: string, filter: (...args: unknown[]) => unknown, isAsync?: boolean): unknown } }) => void): void;
      /** Input paths Eleventy leaves alone (`templates/x.njk`). */
      ignores: Set<string>;
    }) => void;
  }
  /** The HTML base plugin; `applyBaseToUrl` is the transform behind its htmlBaseUrl filter. */
  export const HtmlBasePlugin: { applyBaseToUrl(url: string, base: string, options: { pathPrefix?: string }): string };
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    /** Resolves to [passthrough copies, templates]: each template's output with the file it was written to. */
    write(): Promise<[unknown, { outputPath: string | false }[]]>;
    /** Before writing again with the same instance (what `--watch` does): forget the last run's files and passthroughs. */
    restart(): Promise<void>;
    /** Reads the configuration again (global data included) and makes a new template writer. */
    init(): Promise<void>;
    toJSON(): Promise<{ url: string | false; inputPath: string; outputPath: string | false; content: string }[]>;
  }
}
