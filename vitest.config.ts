import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Vite does not resolve chrono-node's "./*" export pattern (Node does): point the English locale at its file.
    alias: [{ find: /^chrono-node\/en$/, replacement: fileURLToPath(new URL('node_modules/chrono-node/dist/esm/locales/en/index.js', import.meta.url)) }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
