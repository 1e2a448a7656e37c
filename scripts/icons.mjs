// `npm run icons`: rasterise assets/icon.svg into public/icon/<size>.png with the Chromium the e2e tests use.
// The PNGs are committed, so a build needs neither this script nor a browser; re-run it after editing the SVG.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';

export const ICON_SIZES = [16, 32, 48, 128];
const source = new URL('../assets/icon.svg', import.meta.url);
const outDir = new URL('../public/icon/', import.meta.url);

const svg = await readFile(source, 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.ENGAGE_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  await mkdir(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `);
    await page.setContent(`<!doctype html><html style="margin:0;background:transparent"><body style="margin:0">${sized}</body></html>`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await writeFile(new URL(`${size}.png`, outDir), png);
    await page.close();
    process.stdout.write(`public/icon/${size}.png (${png.length} bytes)\n`);
  }
} finally {
  await browser.close();
}
