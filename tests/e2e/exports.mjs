// Imports a claimlens/1 project (e.g. one exported after bench.mjs 5000, or made with
// `claimlens extract FILES -o P.json`) and times every export from the click to the download,
// with the long tasks meanwhile and the page's export marks (its longest slice and stage).
// Usage: node tests/e2e/exports.mjs PROJECT.json (ONLY=W3C for one format), after trunk build.
import { launch, serveDist } from './harness.mjs';
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
  for (const [menu, label] of [[null, 'Export JSON'], ['More exports', 'W3C Web Annotation (JSON-LD)'],
    ['More exports', 'brat / INCEpTION (one .zip)'], ['More exports', 'CSV of claims']]) {
    if (only && !label.includes(only)) continue;
    if (menu) {
      const details = page.locator('details').filter({ hasText: menu });
      if (!(await details.evaluate(d => d.open))) await page.getByText(menu).click();
    }
    const before = await page.evaluate(() => performance.now());
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 900_000 }),
      page.getByRole('button', { name: label, exact: true }).click()]);
    const ms = await page.evaluate((t) => performance.now() - t, before);
    let bytes = 0;
    for await (const chunk of await file.createReadStream()) bytes += chunk.length;
    const info = await page.evaluate((t) => ({
      tasks: window.__all.filter(([s]) => s >= t).map(([s, d]) => `${(s - t).toFixed(0)}+${d.toFixed(0)}`).join(' '),
      marks: performance.getEntriesByType('measure').filter(m => m.name.startsWith('claimlens: export') && m.startTime >= t)
        .map(m => `${m.name.replace('claimlens: ', '')} ${m.duration.toFixed(0)} ms at ${(m.startTime - t).toFixed(0)}`).join(', '),
    }), before);
    console.log(`${file.suggestedFilename()} ${(ms / 1000).toFixed(2)} s, ${(bytes / 1048576).toFixed(1)} MB; long tasks (start+ms): ${info.tasks || 'none'}; ${info.marks}`);
    await page.waitForTimeout(1000);
  }
} finally {
  await browser.close();
  server.kill();
}
