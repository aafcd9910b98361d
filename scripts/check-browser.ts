// Headless Chromium for the checks that need a browser (check-a11y.ts, check-inert.ts), driven by playwright-core.
// Debian's /usr/bin/chromium (CHROMIUM_PATH to use another); playwright never downloads a browser of its own.
// Each page is opened over HTTP (check-serve.ts) with every sign of trouble recorded: Content-Security-Policy
// violations, uncaught errors, console errors, dialogs, failed requests and requests to any other host.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps calling Google's hosts, which a closed network refuses.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    console.error(`No Chromium at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
    process.exit(2);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

export interface Visit {
  page: Page;
  /** Everything that went wrong while the page loaded and since. */
  trouble: string[];
}

/** Opens `url` in a fresh page and waits until it has loaded; `trouble` keeps filling until the page closes. */
export async function visit(browser: Browser, url: string, options: { colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<Visit> {
  const origin = new URL(url).origin;
  const page = await browser.newPage({ colorScheme: options.colorScheme ?? 'light', viewport: { width: options.width ?? 1280, height: 900 } });
  const trouble: string[] = [];
  await page.exposeBinding('__reportViolation', (_source, text: string) => void trouble.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation(text: string): void }).__reportViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}${e.sample ? ` (${e.sample})` : ''}`);
    });
  });
  page.on('pageerror', (error) => trouble.push(`uncaught error: ${error.message}`));
  page.on('dialog', (dialog) => {
    trouble.push(`dialog opened (${dialog.type()}): ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('requestfailed', (request) => trouble.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(origin) && !target.startsWith('data:')) trouble.push(`request to another host: ${target}`);
  });
  // The browser asks for /favicon.ico on its own; the site has none, and its 404 is no fault of a page.
  const favicon = `${origin}/favicon.ico`;
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url() !== favicon) trouble.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !(message.location().url === favicon)) trouble.push(`console error: ${message.text()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, trouble };
}
