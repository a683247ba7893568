/**
 * Draws the toolbar icons (public/icon/{16,32,48,128}.png) with Chromium: the character
 * 清 on a rounded square. Run by hand when the design changes: tsx scripts/make-icons.ts
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../tests/support/browser';

const SIZES = [16, 32, 48, 128];
const context = await launchChromium({ extension: false });
const page = await context.newPage();
mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">
    <div style="width:${size}px;height:${size}px;border-radius:${size * 0.2}px;background:#2d5a27;color:#fbfaf7;
      display:flex;align-items:center;justify-content:center;font:700 ${size * 0.72}px/1 'Noto Serif CJK SC',serif">清</div>
  </body></html>`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await context.close();
console.log(`icons: ${SIZES.map((size) => `public/icon/${size}.png`).join(', ')}`);
