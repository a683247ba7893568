/**
 * `npm start`: serves the example pages on 127.0.0.1 and opens Chromium with the built
 * extension on the source page, where the reader opens by itself.
 * `npm run screenshot`: the same, headless, saving pictures of the reader for the README:
 * FILE, and FILE with "-changes", "-sepia", "-dark" and "-gongwen" before .png (the changes
 * it made, the other themes with the settings panel open, the 公文 preset), and
 * reader-rich.png beside it: a page with a table, a picture and a list.
 *
 * Usage: tsx scripts/start.ts [--screenshot FILE.png] [--port N]
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { pressToolbarButton, ReaderDriver } from '../tests/e2e/reader-driver';
import { extensionWorker, launchChromium } from '../tests/support/browser';
import { serveStatic } from '../tests/support/static-server';

const { values } = parseArgs({ options: { screenshot: { type: 'string' }, port: { type: 'string', default: '4173' } } });
const server = await serveStatic({ '/fixtures/': 'tests/fixtures' }, Number(values.port));
const seedUrl = `${server.origin}/fixtures/seed/page.html`;
const headless = values.screenshot !== undefined || (process.platform === 'linux' && !process.env.DISPLAY);
// The window follows the system's language, so no language pack is needed; the pictures
// for the README are taken in Chinese.
const context = await launchChromium({ extension: true, headless, lang: values.screenshot === undefined ? null : 'zh-CN' });
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
  await reader.click('.qy-preset-gongwen');
  await reader.click('.qy-settings-toggle');
  await page.screenshot({ path: named('gongwen') });
  await reader.click('.qy-settings-toggle');
  await reader.click('.qy-reset');

  const richPage = await context.newPage();
  await richPage.goto(`${server.origin}/fixtures/rich/page.html`);
  const richReader = await ReaderDriver.attach(richPage);
  await richPage.bringToFront();
  await pressToolbarButton(await extensionWorker(context));
  await richReader.waitUntil(true);
  await richReader.evaluate(`root.querySelector('.qy-article h2').scrollIntoView({ block: 'start' }); return null;`);
  await richPage.waitForTimeout(500);
  const rich = join(dirname(values.screenshot), 'reader-rich.png');
  await richPage.screenshot({ path: rich });
  console.log(`screenshots of the reader: ${values.screenshot}, ${['changes', 'sepia', 'dark', 'gongwen'].map(named).join(', ')}, ${rich}`);
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
