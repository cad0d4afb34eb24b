// Browser benchmark (prints figures, asserts nothing): drop N PolNeAR train articles into the
// page, time until every document is listed, the longest main-thread task meanwhile, the tab's
// JS heap, the peak memory of the page's renderer process (main thread, worker and their wasm
// memories together), then autosave: the longest task from "all listed" to "All changes
// saved", and in the 3 s after one tag toggle. Usage: node tests/e2e/bench.mjs [N=500] (after
// `trunk build --release`).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { launch, root, serveDist } from './harness.mjs';
import { EXPORTS, timeExport, timeTagToggles, trainArticles } from './page.mjs';

const N = Number(process.argv[2] || 500);
const files = trainArticles(root, N);

/** The renderer processes of the browser this script started (its descendants, so other
 *  browsers on the machine do not count), found once with `ps`. */
function rendererPids() {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args=']).toString().trim().split('\n')
    .map(l => l.trim().split(/\s+/)).map(([pid, ppid, ...args]) => ({ pid, ppid, args: args.join(' ') }));
  const ours = new Set([String(process.pid)]);
  for (let grew = true; grew;) {
    grew = false;
    for (const r of rows) if (!ours.has(r.pid) && ours.has(r.ppid)) { ours.add(r.pid); grew = true; }
  }
  return rows.filter(r => ours.has(r.pid) && r.args.includes('--type=renderer')).map(r => r.pid);
}

/** Resident memory of those renderers in MB, read from /proc: cheap enough to sample every
 *  100 ms without taking the CPU the page is being timed on (a `ps` per sample did). */
function rendererMb(pids) {
  let kb = 0;
  for (const pid of pids) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      kb += Number(status.match(/VmRSS:\s+(\d+)/)?.[1] || 0);
    } catch { /* the process ended */ }
  }
  return kb / 1024;
}

/** Waits until the documents pane lists at least `n` documents (a few train texts are
 *  copies of others and are not added again). */
function documentsListed(page, n) {
  return page.waitForFunction((n) => {
    const h = document.querySelector('.documents h2');
    const m = h && h.textContent.match(/Documents \((\d+)\)/);
    return m && Number(m[1]) >= n;
  }, n, { timeout: 300_000 });
}

const port = Number(process.env.E2E_PORT || 8766);
const server = await serveDist(port);
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // The page's wasm exports (its memory among them), as the loader announces them.
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', e => { window.__wasm = e.detail.wasm; }));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByText('Drop news articles here').waitFor();
  await page.evaluate(() => {
    window.__longest = 0; window.__tasks = 0; window.__all = [];
    new PerformanceObserver(list => {
      for (const e of list.getEntries()) {
        window.__tasks++; window.__longest = Math.max(window.__longest, e.duration);
        window.__all.push([e.startTime, e.duration]);
      }
    }).observe({ type: 'longtask', buffered: false });
    window.__longestSince = (t) => window.__all.filter(([s]) => s >= t).reduce((m, [, d]) => Math.max(m, d), 0);
    // The page marks stretches of its own work ("claimlens …" measures): autosave (compare, a
    // slice of pieces, the project record), reading a worker reply, an update, building the view.
    window.__saves = []; window.__marks = [];
    new PerformanceObserver(list => {
      for (const e of list.getEntries()) {
        if (e.name.startsWith('claimlens autosave')) window.__saves.push([e.startTime, e.duration, e.name]);
        if (e.name.startsWith('claimlens')) window.__marks.push([e.startTime, e.duration, e.name.replace(/^claimlens:? /, '')]);
      }
    }).observe({ type: 'measure' });
    // Each long task since `t` with the page's marked work inside it over 5 ms, to tell whose
    // task it was.
    window.__longTasksSince = (t) => window.__all.filter(([s]) => s >= t).map(([s, d]) => `${d.toFixed(0)} ms [${window.__marks
      .filter(([ms, md]) => ms >= s && ms + md <= s + d + 1 && md > 5).map(([, md, n]) => `${n} ${md.toFixed(0)}`).join(', ')}]`);
    window.__saveWorkSince = (t) => {
      const mine = window.__saves.filter(([s]) => s >= t);
      const top = mine.reduce((m, e) => (e[1] > m[1] ? e : m), [0, 0, 'none']);
      return { chunks: mine.length, total: mine.reduce((a, [, d]) => a + d, 0), longest: top[1], what: top[2] };
    };
  });
  const saved = () => page.getByText('All changes saved in this browser').waitFor({ timeout: 300_000 });
  // The file picker path: playwright hands the files to the browser natively, so the figure
  // is the page's work, not the harness's (a synthetic drop serialises every byte through JS).
  const renderers = rendererPids();
  const idleMb = rendererMb(renderers);
  let peakMb = idleMb;
  const sampler = setInterval(() => { peakMb = Math.max(peakMb, rendererMb(renderers)); }, 100);
  const t0 = Date.now();
  const dropAt = await page.evaluate(() => performance.now());
  await page.locator('#file-input').setInputFiles(files);
  await page.locator('.documents h2').filter({ hasText: /Documents \(\d+\)/ }).waitFor({ timeout: 300_000 });
  await documentsListed(page, files.length - 5);
  const elapsed = Date.now() - t0;
  const listedAt = await page.evaluate(() => performance.now());
  const dropTasks = await page.evaluate(() => window.__longTasksSince(0));
  await saved();
  const dropSave = await page.evaluate((t) => ({
    ms: performance.now() - t, longest: window.__longestSince(t), work: window.__saveWorkSince(t),
    // each long task with the autosave work inside it, to tell whose task it was
    tasks: window.__longTasksSince(t),
  }), listedAt);
  clearInterval(sampler);
  peakMb = Math.max(peakMb, rendererMb(renderers));
  const { longest, tasks } = await page.evaluate(() => ({ longest: window.__longest, tasks: window.__tasks }));
  const wholeRun = await page.evaluate(() => window.__saveWorkSince(0));
  const claims = await page.locator('.claims h2').textContent();
  // Both wasm memories (they never shrink, so these are their peaks so far).
  const pageWasm = await page.evaluate(() => window.__wasm.memory.buffer.byteLength);
  const workerWasm = await Promise.all(page.workers().map(w => w.evaluate(() => wasm_bindgen.claimlens_wasm_memory_bytes()).catch(() => 0)));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find(m => m.name === 'JSHeapUsedSize').value;
  // Tagging with everything loaded: from the key press to the next painted frame, measured
  // inside the page (the harness's own round trips are not counted).
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('j');
  await page.locator('.claim-row.selected').waitFor();
  const tagTimes = await timeTagToggles(page, 6);
  // Autosave after one toggle: the longest task in the 3 s after the key press.
  await saved();
  const toggledAt = await page.evaluate(() => {
    const t = performance.now();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true }));
    return t;
  });
  await page.waitForTimeout(200);
  await saved();
  const savedAfter = await page.evaluate((t) => performance.now() - t, toggledAt);
  await page.waitForTimeout(Math.max(0, 3000 - savedAfter));
  const toggleSave = await page.evaluate((t) => ({ longest: window.__longestSince(t), work: window.__saveWorkSince(t) }), toggledAt);
  // The other side views with everything loaded: from the click to the next painted frame.
  const sideViews = [];
  for (const name of ['Story', 'Speakers', 'Tags', 'Claims']) {
    const before = await page.evaluate(() => performance.now());
    const ms = await page.evaluate((name) => new Promise(resolve => {
      const tab = [...document.querySelectorAll('[role=tab]')].find(t => t.textContent === name);
      const t0 = performance.now();
      window.__sideClickedAt = t0;
      tab.click();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
    }), name);
    // A big story is counted in slices after the first frame, its progress in a status line:
    // also time until it is counted (the status gone).
    const counted = name === 'Story' ? await page.evaluate(() => new Promise(resolve => {
      const poll = () => document.querySelector('.story [role=status]')
        ? setTimeout(poll, 5) : resolve(performance.now() - window.__sideClickedAt);
      poll();
    })) : null;
    await page.waitForTimeout(300);
    const until = counted === null ? '' : `, counted in ${counted.toFixed(0)} ms`;
    sideViews.push(`${name} ${ms.toFixed(0)} ms${until} (longest task ${(await page.evaluate((t) => window.__longestSince(t), before)).toFixed(0)} ms)`);
    if (name !== 'Claims') {
      // a review key with this view open: the view must not count everything again
      const open = await timeTagToggles(page, 6);
      sideViews.push(`a tag toggled with ${name} open ${open[3].toFixed(1)} ms`);
    }
  }
  // Every export of the whole project: from the click to the download, the longest task
  // meanwhile (written a slice at a time: format::job), and the file's size.
  const exportTimes = [];
  for (const [menu, label] of EXPORTS) {
    const e = await timeExport(page, menu, label);
    const longest = await page.evaluate((t) => window.__longestSince(t), e.before);
    exportTimes.push(`${e.name} ${(e.ms / 1000).toFixed(2)} s, ${(e.bytes / 1048576).toFixed(1)} MB, longest task ${longest.toFixed(0)} ms (${e.marks})`);
    await page.waitForTimeout(300);
  }
  // The browser's own share: the same files handed to a blank page's file input, whose change
  // handler does nothing; its longest task is the browser making the File objects.
  const blank = await context.newPage();
  await blank.setContent('<input type="file" multiple id="f">');
  await blank.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver(l => { for (const e of l.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: 'longtask' });
    document.getElementById('f').addEventListener('change', () => {});
  });
  await blank.locator('#f').setInputFiles(files);
  await blank.waitForTimeout(500);
  const handOver = await blank.evaluate(() => window.__longest);
  await blank.close();
  console.log(`articles dropped         ${files.length}`);
  console.log(`open a side view         ${sideViews.join(', ')}`);
  console.log(`exports (click→file)     ${exportTimes.join('; ')}`);
  console.log(`toggle a tag (median)    ${tagTimes[3].toFixed(1)} ms (min ${tagTimes[0].toFixed(1)}, max ${tagTimes[5].toFixed(1)})`);
  console.log(`drop → all listed        ${(elapsed / 1000).toFixed(2)} s   (${claims})`);
  console.log(`longest main-thread task ${longest.toFixed(0)} ms (${tasks} tasks over 50 ms)`);
  if (dropTasks.length) console.log(`  long tasks until listed ${dropTasks.join('; ')}`);
  console.log(`  the browser's own      ${handOver.toFixed(0)} ms: its longest task handing the same files to a blank page`);
  // The drop's phases in page time: the workers' answers (first, last), linking, listing.
  const phases = await page.evaluate((dropAt) => {
    const at = (name) => window.__marks.filter(([, , n]) => n === name).map(([s, d]) => [s - dropAt, d]);
    const replies = at('read a worker reply');
    const linking = at('linking in the worker');
    return { replies: replies.length, first: replies[0]?.[0], last: replies[replies.length - 2]?.[0], link: linking[0] };
  }, dropAt);
  const ms = (t) => (t === undefined ? '-' : `${t.toFixed(0)} ms`);
  console.log(`  phases                 ${phases.replies} worker answers, the first at ${ms(phases.first)}, the last file's at ${ms(phases.last)}; linking from ${ms(phases.link?.[0])} for ${ms(phases.link?.[1])}; listed at ${ms(listedAt - dropAt)}`);
  if (process.env.BENCH_MARKS) console.log(await page.evaluate((all) => window.__marks.filter(([, d]) => all || d > 5).map(([s, d, n]) => `${s.toFixed(0)}+${d.toFixed(0)} ${n}`).join('\n'), process.env.BENCH_MARKS === 'all'));
  console.log(`JS heap used             ${(heap / 1048576).toFixed(1)} MB`);
  console.log(`renderer memory (RSS)    ${idleMb.toFixed(0)} MB before the drop, peak ${peakMb.toFixed(0)} MB (${((peakMb - idleMb) * 1024 / files.length).toFixed(0)} kB per article)`);
  const mb = (b) => `${(b / 1048576).toFixed(0)} MB (${(b / 1024 / files.length).toFixed(0)} kB/article)`;
  console.log(`wasm memories            page ${mb(pageWasm)}; ${workerWasm.length} worker(s) ${workerWasm.map(mb).join(', ')}; JS heap of the page ${mb(heap)}`);
  const work = (w) => `${w.chunks} chunks, ${w.total.toFixed(0)} ms in all, longest ${w.longest.toFixed(1)} ms (${w.what.replace('claimlens autosave: ', '')})`;
  console.log(`autosave after the drop  all listed → saved ${(dropSave.ms / 1000).toFixed(2)} s; longest task ${dropSave.longest.toFixed(0)} ms (0: none over 50 ms); autosave work: ${work(dropSave.work)}`);
  console.log(`autosave, drop included   autosave work: ${work(wholeRun)}`);
  if (dropSave.tasks.length) console.log(`  long tasks meanwhile     ${dropSave.tasks.join('; ')}`);
  console.log(`autosave after a toggle  saved ≤ ${savedAfter.toFixed(0)} ms after the key; longest task in 3 s ${toggleSave.longest.toFixed(0)} ms (0: none over 50 ms); autosave work: ${work(toggleSave.work)}`);
  // Reopening the page: the autosaved project read back from IndexedDB, until every document
  // is listed, and the longest task meanwhile (observed from before the page's own scripts).
  await saved();
  await page.addInitScript(() => {
    window.__longest = 0; window.__restoreTasks = []; window.__marks = [];
    new PerformanceObserver(l => { for (const e of l.getEntries()) { window.__longest = Math.max(window.__longest, e.duration); window.__restoreTasks.push([e.startTime, e.duration]); } })
      .observe({ type: 'longtask', buffered: true });
    new PerformanceObserver(l => { for (const e of l.getEntries()) if (e.name.startsWith('claimlens')) window.__marks.push([e.startTime, e.duration, e.name.replace(/^claimlens:? /, '')]); })
      .observe({ type: 'measure' });
  });
  const reloadAt = Date.now();
  await page.reload();
  await documentsListed(page, files.length - 5);
  const restoredMs = Date.now() - reloadAt;
  await page.waitForTimeout(500);
  const restore = await page.evaluate(() => ({
    longest: window.__longest,
    tasks: window.__restoreTasks.map(([s, d]) => `${d.toFixed(0)} ms [${window.__marks
      .filter(([ms, md]) => ms >= s && ms + md <= s + d + 1 && md > 5).map(([, md, n]) => `${n} ${md.toFixed(0)}`).join(', ')}]`),
  }));
  console.log(`reopen the page          all documents listed ${(restoredMs / 1000).toFixed(2)} s after reload; longest task ${restore.longest.toFixed(0)} ms; tasks over 50 ms: ${restore.tasks.join('; ') || 'none'}`);
} finally {
  await browser.close();
  server.kill();
}
