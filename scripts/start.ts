/**
 * `npm start`: builds Parley and opens Chromium with it loaded on the playground page (one
 * composer of each kind), served at a supported origin so the real manifest applies. Where
 * there is no display, it says so and runs the CLI on a sample draft instead.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { fulfil, PLAYGROUND_URL } from '../tests/e2e/pages.ts';

const root = resolve(import.meta.dirname, '..');
const run = (cmd: string, args: string[]): void => {
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
};

run('npm', ['run', '--silent', 'build']);
run('npm', ['run', '--silent', 'build:fixtures']);

const browserPath = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log('\nNo display here, so Chromium cannot open a window.');
  console.log('Load dist/ yourself (chrome://extensions → Developer mode → Load unpacked → dist/),');
  console.log('or try the coach from the terminal. Here it is on a sample draft:\n');
  const sample = join(root, 'tests/samples/broadcast-email.txt');
  const cli = spawnSync('node', [join(root, 'lib/cli.js'), 'check', '--channel', 'email', sample], { stdio: 'inherit' });
  process.exit(cli.status === 1 ? 0 : (cli.status ?? 0)); // exit 1 only means "noise is high" here
}
if (!existsSync(browserPath)) {
  console.error(`Chromium not found at ${browserPath}: install it (apt-get install -y chromium) or set PARLEY_CHROMIUM.`);
  process.exit(2);
}

const dist = join(root, 'dist');
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'parley-')), {
  executablePath: browserPath,
  headless: false,
  viewport: null,
  args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--no-first-run', '--disable-background-networking', '--disable-sync'],
});
// The playground is served locally at a supported origin; nothing else is fetched.
await context.route('**/*', (route) => {
  const url = route.request().url();
  if (url.startsWith('chrome-extension://')) return route.continue();
  const page = fulfil(url);
  return page ? route.fulfill({ status: 200, contentType: page.contentType, body: page.body }) : route.abort();
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(PLAYGROUND_URL);
console.log(`Parley is loaded. Type in any composer on ${PLAYGROUND_URL}; close the window to stop.`);
await new Promise<void>((done) => context.on('close', () => done()));
