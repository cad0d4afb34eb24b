// Where the drop's time goes, thread by thread (prints figures, asserts nothing): drops N
// PolNeAR train articles under a Chromium trace and prints, for each thread of the page's
// renderer (main, each worker, the others), how long its tasks ran from the drop until every
// document was listed, and the busiest functions of each worker (wasm and JS).
// Usage: node tests/e2e/threads.mjs [N=500] (after `trunk build --release`); TIMELINE=ms prints the
// main thread's tasks longer than that; RELOAD=1 traces reopening the saved project instead.
import { launch, serveDist } from './harness.mjs';
import { root } from './harness.mjs';
import { trainArticles } from './page.mjs';

const N = Number(process.argv[2] || 500);
const files = trainArticles(root, N);
const port = Number(process.env.E2E_PORT || 8767);
const server = await serveDist(port);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByText('Drop news articles here').waitFor();
  // WARM=n: drop the last n train texts first (not among the N), so the code is compiled and
  // tiered up before the traced drop.
  const warm = Number(process.env.WARM || 0);
  if (warm) {
    const all = trainArticles(root, 840);
    await page.locator('#file-input').setInputFiles(all.slice(840 - warm));
    await page.waitForFunction((n) => {
      const m = document.querySelector('.documents h2')?.textContent.match(/Documents \((\d+)\)/);
      return m && Number(m[1]) >= n;
    }, warm - 2, { timeout: 300_000 });
    await page.waitForTimeout(3000);
  }
  const listed = (n) => page.waitForFunction((n) => {
    const m = document.querySelector('.documents h2')?.textContent.match(/Documents \((\d+)\)/);
    return m && Number(m[1]) >= n;
  }, n, { timeout: 600_000 });
  // RELOAD=1: drop untraced, wait until saved, and trace the reopening instead.
  const reload = Boolean(process.env.RELOAD);
  if (reload) {
    await page.locator('#file-input').setInputFiles(files);
    await listed(files.length - 5 + warm);
    await page.getByText('All changes saved in this browser').waitFor({ timeout: 600_000 });
  }
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', '__metadata', 'v8.wasm', 'disabled-by-default-v8.compile', 'v8', 'disabled-by-default-devtools.timeline'] });
  const t0 = Date.now();
  if (reload) await page.reload();
  else await page.locator('#file-input').setInputFiles(files);
  await listed(files.length - 5 + warm);
  const elapsed = Date.now() - t0;
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const events = trace.traceEvents;
  if (process.env.TRACE_NAMES) { const c = new Map(); for (const e of events) c.set(`${e.ph} ${e.name}`, (c.get(`${e.ph} ${e.name}`) || 0) + 1); console.log([...c].sort((a, b) => b[1] - a[1]).slice(0, 30)); }
  const names = new Map(events.filter(e => e.name === 'thread_name').map(e => [`${e.pid}:${e.tid}`, e.args.name]));
  const busy = new Map();
  let start = Infinity, end = 0;
  for (const e of events) {
    if (e.ph !== 'X' || !['ThreadControllerImpl::RunTask', 'ThreadPool_RunTask'].includes(e.name) || !e.dur) continue;
    const key = `${e.pid}:${e.tid}`;
    busy.set(key, (busy.get(key) || 0) + e.dur / 1000);
    start = Math.min(start, e.ts); end = Math.max(end, e.ts + e.dur);
  }
  // TIMELINE=1: the main thread's tasks over 10 ms, in order, with what ran inside each.
  if (process.env.TIMELINE) {
    const main = [...names].find(([, n]) => n === 'CrRendererMain')?.[0];
    const mine = events.filter(e => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur);
    for (const t of mine.filter(e => e.name === 'ThreadControllerImpl::RunTask' && e.dur > Number(process.env.TIMELINE) * 1000)) {
      const inside = new Map();
      for (const e of mine) {
        if (e === t || e.ts < t.ts || e.ts + e.dur > t.ts + t.dur || e.name.includes('RunTask')) continue;
        const what = e.args?.data?.functionName || e.name;
        inside.set(what, Math.max(inside.get(what) || 0, e.dur / 1000));
      }
      const top = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([w, d]) => `${w} ${d.toFixed(0)}`).join(', ');
      console.log(`  main +${((t.ts - start) / 1000).toFixed(0)} ms: ${(t.dur / 1000).toFixed(0)} ms [${top}]`);
    }
  }
  if (process.env.TIMELINE) {
    // The page's own marked work (performance.measure "claimlens …"), on the page's clock
    // (from its navigation: after a reload, a few ms after the trace's start).
    const marks = await page.evaluate(() => performance.getEntriesByType('measure')
      .filter(m => m.name.startsWith('claimlens') && m.duration > 5).map(m => [m.name, m.startTime, m.duration]));
    for (const [name, at, ms] of marks) console.log(`  mark ${at.toFixed(0)}+${ms.toFixed(0)} ${name}`);
  }
  console.log(`drop → all listed ${elapsed} ms; traced span ${((end - start) / 1000).toFixed(0)} ms`);
  for (const [key, ms] of [...busy].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
    console.log(`${ms.toFixed(0).padStart(7)} ms busy  ${names.get(key) || key}`);
    // what its tasks were, by the names of the events inside them
    const inside = new Map();
    for (const e of events) {
      if (e.ph !== 'X' || !e.dur || `${e.pid}:${e.tid}` !== key || e.name.includes('RunTask')) continue;
      const what = e.args?.data?.functionName || e.args?.src_func || e.name;
      inside.set(what, (inside.get(what) || 0) + e.dur / 1000);
    }
    for (const [what, d] of [...inside].sort((a, b) => b[1] - a[1]).slice(0, 5)) console.log(`          ${d.toFixed(0).padStart(6)} ms  ${what}`);
  }
} finally {
  await browser.close();
  server.kill();
}
