// Imports a claimlens/1 project (e.g. one exported after bench.mjs 5000, or made with
// `claimlens extract FILES -o P.json`) and times every export from the click to the download,
// with the long tasks meanwhile and the page's export marks (its longest slice and stage).
// Usage: node tests/e2e/exports.mjs PROJECT.json (ONLY=W3C for one format), after trunk build.
import { launch, serveDist } from './harness.mjs';
import { EXPORTS, timeExport } from './page.mjs';
const port = Number(process.env.E2E_PORT || 8793);
const server = await serveDist(port);
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByText('Drop news articles here').waitFor();
  await page.locator('#import-input').setInputFiles(process.argv[2]);
  await page.waitForFunction(() => /Documents \((\d{3,})\)/.test(document.querySelector('.documents h2')?.textContent || ''), null, { timeout: 600_000 });
  await page.waitForTimeout(5000);
  await page.evaluate(() => {
    window.__all = [];
    new PerformanceObserver(l => { for (const e of l.getEntries()) window.__all.push([e.startTime, e.duration]); }).observe({ type: 'longtask' });
  });
  const only = process.env.ONLY;
  for (const [menu, label] of EXPORTS) {
    if (only && !label.includes(only)) continue;
    const e = await timeExport(page, menu, label);
    const tasks = await page.evaluate((t) => window.__all.filter(([s]) => s >= t)
      .map(([s, d]) => `${(s - t).toFixed(0)}+${d.toFixed(0)}`).join(' '), e.before);
    console.log(`${e.name} ${(e.ms / 1000).toFixed(2)} s, ${(e.bytes / 1048576).toFixed(1)} MB; long tasks (start+ms): ${tasks || 'none'}; ${e.marks}`);
    await page.waitForTimeout(1000);
  }
} finally {
  await browser.close();
  server.kill();
}
