// Browser benchmark (prints figures, asserts nothing): drop N PolNeAR train articles into the
// page, time until every document is listed, the longest main-thread task meanwhile, the
// tab's JS heap and the peak memory of the page's renderer process (main thread, worker and
// their wasm memories together). Usage: node tests/e2e/bench.mjs [N=500] (after
// `trunk build --release`).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { launch, root, serveDist } from './harness.mjs';

const N = Number(process.argv[2] || 500);
const dir = path.join(root, '../shared/bench/polnear/train/text');
const files = readdirSync(dir).filter(f => f.endsWith('.txt')).sort().slice(0, N).map(f => path.join(dir, f));

/** Resident memory of the renderer processes of the browser this script started (its
 *  descendants, so other browsers on the machine do not count), in MB. */
function rendererMb() {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args=']).toString().trim().split('\n')
    .map(l => l.trim().split(/\s+/)).map(([pid, ppid, rss, ...args]) => ({ pid, ppid, rss: Number(rss), args: args.join(' ') }));
  const ours = new Set([String(process.pid)]);
  for (let grew = true; grew;) {
    grew = false;
    for (const r of rows) if (!ours.has(r.pid) && ours.has(r.ppid)) { ours.add(r.pid); grew = true; }
  }
  const kb = rows.filter(r => ours.has(r.pid) && r.args.includes('--type=renderer'))
    .reduce((sum, r) => sum + r.rss, 0);
  return kb / 1024;
}

const server = await serveDist(8766);
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:8766/');
  await page.getByText('Drop news articles here').waitFor();
  await page.evaluate(() => {
    window.__longest = 0; window.__tasks = 0;
    new PerformanceObserver(list => {
      for (const e of list.getEntries()) { window.__tasks++; window.__longest = Math.max(window.__longest, e.duration); }
    }).observe({ type: 'longtask', buffered: false });
  });
  // The file picker path: playwright hands the files to the browser natively, so the figure
  // is the page's work, not the harness's (a synthetic drop serialises every byte through JS).
  const idleMb = rendererMb();
  let peakMb = idleMb;
  const sampler = setInterval(() => { peakMb = Math.max(peakMb, rendererMb()); }, 100);
  const t0 = Date.now();
  await page.locator('#file-input').setInputFiles(files);
  await page.locator('.documents h2').filter({ hasText: /Documents \(\d+\)/ }).waitFor({ timeout: 300_000 });
  await page.waitForFunction((n) => {
    const h = document.querySelector('.documents h2');
    const m = h && h.textContent.match(/Documents \((\d+)\)/);
    return m && Number(m[1]) >= n;
  }, files.length - 5, { timeout: 300_000 });
  const elapsed = Date.now() - t0;
  await page.waitForTimeout(2000); // autosave of the new documents
  clearInterval(sampler);
  peakMb = Math.max(peakMb, rendererMb());
  const { longest, tasks } = await page.evaluate(() => ({ longest: window.__longest, tasks: window.__tasks }));
  const claims = await page.locator('.claims h2').textContent();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find(m => m.name === 'JSHeapUsedSize').value;
  // Tagging with everything loaded: from the key press to the next painted frame, measured
  // inside the page (the harness's own round trips are not counted).
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('j');
  await page.locator('.claim-row.selected').waitFor();
  const tagTimes = [];
  for (let i = 0; i < 6; i++) {
    const ms = await page.evaluate(() => new Promise(resolve => {
      const t0 = performance.now();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true }));
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
    }));
    tagTimes.push(ms);
  }
  tagTimes.sort((a, b) => a - b);
  console.log(`articles dropped         ${files.length}`);
  console.log(`toggle a tag (median)    ${tagTimes[3].toFixed(1)} ms (min ${tagTimes[0].toFixed(1)}, max ${tagTimes[5].toFixed(1)})`);
  console.log(`drop → all listed        ${(elapsed / 1000).toFixed(2)} s   (${claims})`);
  console.log(`longest main-thread task ${longest.toFixed(0)} ms (${tasks} tasks over 50 ms)`);
  console.log(`JS heap used             ${(heap / 1048576).toFixed(1)} MB`);
  console.log(`renderer memory (RSS)    ${idleMb.toFixed(0)} MB before the drop, peak ${peakMb.toFixed(0)} MB`);
} finally {
  await browser.close();
  server.kill();
}
