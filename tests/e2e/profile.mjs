// Where the page's main thread spends its time (prints figures, asserts nothing): drops N
// PolNeAR train articles under the CDP sampling profiler, then toggles a tag 20 times, and
// opens the Story, Speakers and Claims views, and prints the functions with the most self time
// in each phase, plus the long tasks.
// Usage: node tests/e2e/profile.mjs [N=500] (after `trunk build --release`).
import path from 'node:path';
import { launch, root, serveDist } from './harness.mjs';
import { timeTagToggles, trainArticles } from './page.mjs';

const N = Number(process.argv[2] || 500);
const TOP = Number(process.argv[3] || 25);
const files = trainArticles(root, N);

function summarise(label, profile) {
  const byId = new Map(profile.nodes.map(n => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const f = node.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url ? path.basename(f.url) : ''}`.trim();
    self.set(name, (self.get(name) || 0) + (dt[i] || 0) / 1000);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`\n== ${label}: ${total.toFixed(0)} ms sampled`);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`${ms.toFixed(1).padStart(9)} ms  ${name}`);
  }
}

const port = Number(process.env.E2E_PORT || 8767);
const server = await serveDist(port);
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByText('Drop news articles here').waitFor();
  await page.evaluate(() => {
    window.__tasks = [];
    new PerformanceObserver(list => {
      for (const e of list.getEntries()) window.__tasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: false });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t0 = await page.evaluate(() => performance.now());
  await page.locator('#file-input').setInputFiles(files);
  await page.waitForFunction((n) => {
    const h = document.querySelector('.documents h2');
    const m = h && h.textContent.match(/Documents \((\d+)\)/);
    return m && Number(m[1]) >= n && !document.querySelector('#analysis-progress');
  }, files.length - 5, { timeout: 300_000 });
  await page.waitForTimeout(1000);
  const drop = (await cdp.send('Profiler.stop')).profile;
  const tasks = await page.evaluate(() => window.__tasks);
  summarise(`drop ${files.length} files`, drop);
  console.log('long tasks (start ms after drop, duration ms):',
    tasks.map(([s, d]) => `${Math.round(s - t0)}:${d}`).join(' '));

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('j');
  await page.locator('.claim-row.selected').waitFor();
  await page.waitForTimeout(500);
  await cdp.send('Profiler.start');
  const times = await timeTagToggles(page, 20);
  summarise('toggle a tag 20 times', (await cdp.send('Profiler.stop')).profile);
  console.log(`toggle a tag: median ${times[10].toFixed(1)} ms, max ${times[19].toFixed(1)} ms`);

  // Opening each side view with everything loaded.
  for (const name of ['Story', 'Speakers', 'Claims']) {
    await cdp.send('Profiler.start');
    await page.getByRole('tab', { name }).click();
    await page.getByRole('tab', { name, selected: true }).waitFor();
    await page.waitForTimeout(500);
    summarise(`open ${name}`, (await cdp.send('Profiler.stop')).profile);
  }
} finally {
  await browser.close();
  server.kill();
}
