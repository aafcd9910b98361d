// The part of @11ty/eleventy-dev-server that scripts/serve.ts uses (the package ships no type declarations).
declare module '@11ty/eleventy-dev-server' {
  interface DevServer {
    serve(port: number): void;
    /** Tells the open pages to reload. */
    reload(event: { files?: string[] }): void;
    close(): Promise<void>;
  }
  const EleventyDevServer: {
    getServer(name: string, dir: string, options?: { showVersion?: boolean; liveReload?: boolean; domDiff?: boolean }): DevServer;
  };
  export default EleventyDevServer;
}
