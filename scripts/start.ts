/**
 * `npm start`: serves the example pages on 127.0.0.1 and opens Chromium with the built
 * extension on the source page, where the reader opens by itself.
 * `npm run screenshot`: the same, headless, saving pictures of the reader for the README:
 * FILE, and FILE with "-changes", "-sepia" and "-dark" before .png (the changes it made,
 * and the other themes with the settings panel open).
 *
 * Usage: tsx scripts/start.ts [--screenshot FILE.png] [--port N]
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { ReaderDriver } from '../tests/e2e/reader-driver';
import { launchChromium } from '../tests/support/browser';
import { serveStatic } from '../tests/support/static-server';

const { values } = parseArgs({ options: { screenshot: { type: 'string' }, port: { type: 'string', default: '4173' } } });
const server = await serveStatic({ '/fixtures/': 'tests/fixtures' }, Number(values.port));
const seedUrl = `${server.origin}/fixtures/seed/page.html`;
const headless = values.screenshot !== undefined || (process.platform === 'linux' && !process.env.DISPLAY);
const context = await launchChromium({ extension: true, headless });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(seedUrl);

if (values.screenshot) {
  const reader = await ReaderDriver.attach(page);
  await reader.waitUntil(true);
  await page.waitForTimeout(500);
  mkdirSync(dirname(values.screenshot), { recursive: true });
  await page.screenshot({ path: values.screenshot });
  await reader.click('.qy-changes');
  await reader.evaluate(`root.querySelectorAll('.qy-change')[3].focus();`);
  const named = (suffix: string): string => (values.screenshot ?? '').replace(/\.png$/, `-${suffix}.png`);
  await page.screenshot({ path: named('changes') });
  await reader.click('.qy-changes');
  await reader.click('.qy-settings-toggle');
  for (const theme of ['sepia', 'dark']) {
    await reader.click(`.qy-theme-${theme}`);
    await page.screenshot({ path: named(theme) });
  }
  await reader.click('.qy-reset');
  console.log(`screenshots of the reader on the source page: ${values.screenshot}, ${['changes', 'sepia', 'dark'].map(named).join(', ')}`);
  await context.close();
  await server.close();
} else {
  console.log(`Example pages: ${server.origin}/fixtures/  (source page: ${seedUrl})`);
  if (headless) console.log('No display found: Chromium runs headless. Set DISPLAY to see the window.');
  console.log('Press Ctrl+C to stop.');
  const stop = async (): Promise<void> => {
    await context.close().catch(() => undefined);
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  context.on('close', () => void stop());
}
