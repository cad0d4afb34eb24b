// End-to-end tests of the real page in headless Chromium: build with `trunk build --release`
// first (scripts/test.sh does). Each flow drives the page as a user would.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launch, out, root, runFlows, serveDist } from './harness.mjs';
import { checkSpans, dropFiles, exportJson } from './page.mjs';
import { colourFlows } from './colours.mjs';
import { reviewFlows } from './review.mjs';
import { replaceStoredRecords, savingFlows, storedRecords, waitForStored } from './saving.mjs';

const PORT = Number(process.env.E2E_PORT || 8765);
const URL = `http://127.0.0.1:${PORT}/`;
const seedDir = path.join(root, 'tests/fixtures/seeds');
const seeds = readdirSync(seedDir).filter(f => f.endsWith('.txt')).sort().map(f => path.join(seedDir, f));

async function openPage(context) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(e));
  page.on('crash', () => console.log('  the page crashed'));
  if (process.env.E2E_CONSOLE) {
    // E2E_CONSOLE=1: the page's console and its end, for debugging a flow
    page.on('console', m => console.log(`  console.${m.type()}: ${m.text()}`));
    page.on('close', () => console.log('  the page closed'));
  }
  await page.goto(URL);
  await page.getByText('Drop news articles here').waitFor();
  return { page, errors };
}

async function dropSeedStory(context) {
  const { page, errors } = await openPage(context);
  await dropFiles(page, seeds);
  await page.getByRole('heading', { name: 'Documents (5)' }).waitFor();
  return { page, errors };
}

/** `n` copies of the seed articles in out/`folder`, each with its own editor's note (so no two
 *  texts are the same and each is marked a copy of its seed). */
function seedCopies(folder, n) {
  const dir = path.join(out, folder);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: n }, (_, i) => {
    const seed = readFileSync(seeds[i % seeds.length], 'utf8');
    const file = path.join(dir, `copy_${String(i).padStart(2, '0')}.txt`);
    writeFileSync(file, `${seed}\n\nEditor's note ${i}: this copy was filed on day ${i + 1}.\n`);
    return file;
  });
}

const flows = [
  ['drop the seed story, see claims, export JSON equal to the CLI', async (context) => {
    const { page, errors } = await dropSeedStory(context);
    const rows = await page.locator('.claim-row').count();
    assert.ok(rows > 0, 'claims are listed');
    await page.locator('.claim-row').first().click();
    const marks = await page.locator('.reader mark.content').count();
    assert.ok(marks > 0, 'claims are highlighted in the reader');
    const { name, text } = await exportJson(page);
    assert.match(name, /\.json$/);
    const json = JSON.parse(text);
    assert.equal(json.format, 'claimlens/1');
    assert.equal(json.documents.length, 5);
    assert.ok(json.claims.length > 0);
    assert.match(json.exported_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const spans = checkSpans(json);
    assert.ok(spans > json.claims.length, 'spans were checked');
    const cli = execFileSync(path.join(root, 'target/release/claimlens'), ['extract', ...seeds]).toString();
    const pageAsCli = text.replace(/"exported_at": "[^"]*"/, '"exported_at": null');
    assert.ok(pageAsCli === cli, 'the page export (exported_at aside) is byte for byte the CLI output');
    assert.deepEqual(errors, []);
  }],
  ['40 files picked at once, analysed by every worker, linked by one: the export equals the CLI over the same files', async (context) => {
    // More files than one analysis message: the workers (one per core) prepare them side by
    // side, the linking worker links the whole run on its copy of the project and the page
    // applies the links, as the CLI adds all its files at once.
    const files = seedCopies('many', 40);
    const { page, errors } = await openPage(context);
    const said = [];
    page.on('console', m => said.push(m.text()));
    await page.locator('#file-input').setInputFiles(files);
    await page.getByRole('heading', { name: 'Documents (40)' }).waitFor({ timeout: 60_000 });
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    assert.equal(page.workers().length, Math.min(Math.max(cores, 1), 8), 'one worker per core');
    assert.deepEqual(said.filter(t => t.includes('linking on the page')), [], 'the linking worker linked the run');
    const { text } = await exportJson(page);
    const cli = execFileSync(path.join(root, 'target/release/claimlens'), ['extract', ...files]).toString();
    const pageAsCli = text.replace(/"exported_at": "[^"]*"/, '"exported_at": null');
    assert.ok(pageAsCli === cli, 'the page export (exported_at aside) is byte for byte the CLI output');
    assert.ok(JSON.parse(text).clusters.length > 0, 'claims are joined across the copies');
    assert.deepEqual(errors, []);
  }],
  ['every worker dies once mid-run: each is restarted, a file it held is named, the rest equal the CLI', async (context) => {
    // A worker's uncaught error is what the page sees when the core crashes on a file: the
    // lane is restarted for the rest of its files and the oldest one it held is reported as
    // the cause; the linker's death loses the files it kept, so the page links the run itself.
    const files = seedCopies('dying', 60);
    const { page, errors } = await openPage(context);
    const said = [];
    page.on('console', m => said.push(m.text()));
    // The workers start with the page (one per core); wait until the browser reports them all.
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    const lanes = Math.min(Math.max(cores, 1), 8);
    while (page.workers().length < lanes) await page.waitForEvent('worker', { timeout: 10_000 });
    const workers = page.workers();
    await page.locator('#file-input').setInputFiles(files);
    // The others first, the linker (the first started) last.
    for (const worker of [...workers].reverse()) {
      await worker.evaluate(() => setTimeout(() => { throw new Error('claimlens e2e: this worker dies'); }, 0)).catch(() => {});
    }
    const failed = () => page.locator('.notice.error').filter({ hasText: 'the analyser failed on this file' });
    await page.waitForFunction((n) => {
      const m = document.querySelector('.documents h2')?.textContent.match(/Documents \((\d+)\)/);
      const named = document.querySelectorAll('.notice.error').length;
      return m && Number(m[1]) + named >= n;
    }, files.length, { timeout: 60_000 });
    const named = await failed().allTextContents();
    const lost = new Set(named.map(t => t.split(':')[0]));
    assert.ok(lost.size <= workers.length, `at most one file named per worker: ${named}`);
    const kept = files.filter(f => !lost.has(path.basename(f)));
    await page.getByRole('heading', { name: `Documents (${kept.length})` }).waitFor({ timeout: 60_000 });
    const { text } = await exportJson(page);
    const cli = execFileSync(path.join(root, 'target/release/claimlens'), ['extract', ...kept], { maxBuffer: 1 << 28 }).toString();
    if (process.env.E2E_CONSOLE) console.log(`  named: ${named.join(' | ')}`);
    const pageAsCli = text.replace(/"exported_at": "[^"]*"/, '"exported_at": null');
    assert.ok(pageAsCli === cli, 'the page export (exported_at aside) is byte for byte the CLI output over the files kept');
    assert.deepEqual(said.filter(t => t.includes('panicked')), [], 'nothing panicked');
    assert.deepEqual(errors, []);
  }],
  ['brat: one zip with every document of a 60-document project, the same bytes as the CLI', async (context) => {
    // Two folders, so that two different files share a name (the zip must keep both).
    const dirs = ['brat60a', 'brat60b'].map(d => path.join(out, d));
    for (const dir of dirs) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
    }
    const files = [];
    for (let i = 0; i < 60; i++) {
      const seed = readFileSync(seeds[i % seeds.length], 'utf8');
      const name = i === 59 ? 'copy_00.txt' : `copy_${String(i).padStart(2, '0')}.txt`;
      const file = path.join(dirs[i === 59 ? 1 : 0], name);
      writeFileSync(file, `${seed}\n\nEditor's note ${i}: filed on day ${i + 1},\nacross\u2028a line separator.\n`);
      files.push(file);
    }
    const { page, errors } = await openPage(context);
    await page.locator('#file-input').setInputFiles(files);
    await page.getByRole('heading', { name: 'Documents (60)' }).waitFor({ timeout: 90_000 });
    const details = page.locator('details').filter({ hasText: 'More exports' });
    if (!(await details.evaluate(d => d.open))) await page.getByText('More exports').click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'brat / INCEpTION (one .zip)' }).click(),
    ]);
    assert.equal(file.suggestedFilename(), 'claimlens-brat.zip');
    const zipPath = path.join(out, 'claimlens-brat.zip');
    await file.saveAs(zipPath);
    const cliZip = path.join(out, 'claimlens-brat-cli.zip');
    execFileSync(path.join(root, 'target/release/claimlens'), ['extract', '--format', 'brat', '-o', cliZip, ...files]);
    assert.ok(Buffer.compare(readFileSync(zipPath), readFileSync(cliZip)) === 0, 'the page zip is byte for byte the CLI zip');
    const names = JSON.parse(execFileSync('python3', ['-c',
      'import json, sys, zipfile; print(json.dumps(zipfile.ZipFile(sys.argv[1]).namelist()))', zipPath]).toString());
    const folders = new Set(names.map(n => n.split('/')[0]));
    assert.equal(folders.size, 1, 'one folder');
    const under = names.map(n => n.slice(n.indexOf('/') + 1));
    assert.equal(under.filter(n => /^[^/]+\.ann$/.test(n)).length, 60, 'every document has its .ann');
    assert.equal(under.filter(n => /^[^/]+\.txt$/.test(n)).length, 60, 'and its .txt');
    assert.equal(under.filter(n => /^inception\/[^/]+\.zip$/.test(n)).length, 60, 'and its INCEpTION zip');
    assert.ok(under.includes('annotation.conf') && under.includes('visual.conf'));
    assert.ok(under.includes('copy_00.ann') && under.includes('copy_00-2.ann'), 'two inputs named alike both kept');
    assert.deepEqual(errors, []);
  }],
  ['the sample story loads from the button; screenshot for the README', async (context) => {
    const { page } = await openPage(context);
    await page.getByRole('button', { name: 'Load the sample story' }).first().click();
    await page.getByRole('heading', { name: 'Documents (5)' }).waitFor();
    await page.locator('.doc').nth(3).click();
    const first = page.locator('.reader mark.content').first();
    if (await first.count()) await first.click();
    await page.screenshot({ path: path.join(out, 'seed-story.png') });
    await page.screenshot({ path: path.join(root, 'docs/screenshot.png') });
  }],
  ['a picked file through the file input is analysed', async (context) => {
    const { page } = await openPage(context);
    await page.locator('#file-input').setInputFiles(seeds.slice(0, 2));
    await page.getByRole('heading', { name: 'Documents (2)' }).waitFor();
  }],
  ['reload brings the project back; import restores an export exactly; bad import refused', async (context) => {
    const { page, errors } = await dropSeedStory(context);
    await page.locator('.claim-row').nth(1).click();
    const picked = await page.locator('.claim-row').nth(1).getAttribute('data-claim');
    const before = await exportJson(page);
    await page.getByText('All changes saved in this browser').waitFor();
    await waitForStored(page, s => s.project && JSON.parse(s.project).project.selection.claim === picked);
    await page.reload();
    await page.getByRole('heading', { name: 'Documents (5)' }).waitFor();
    const afterReload = await exportJson(page);
    assert.equal(stripTime(afterReload.text), stripTime(before.text), 'reload keeps the project exactly');
    assert.equal(await page.locator('.claim-row.selected').count(), 1, 'the selected claim is restored');

    const exported = path.join(out, 'roundtrip.json');
    writeFileSync(exported, before.text);
    page.once('dialog', d => d.accept());
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByText('Drop news articles here').waitFor();
    await page.locator('#import-input').setInputFiles(exported);
    await page.getByRole('heading', { name: 'Documents (5)' }).waitFor();
    const reimported = await exportJson(page);
    assert.equal(stripTime(reimported.text), stripTime(before.text), 'import restores the export exactly');

    const bad = path.join(out, 'bad.json');
    writeFileSync(bad, before.text.replace('"claimlens/1"', '"claimlens/7"'));
    await page.locator('#import-input').setInputFiles(bad);
    await page.getByRole('alert').filter({ hasText: 'bad.json was not imported' }).waitFor();
    const untouched = await exportJson(page);
    assert.equal(stripTime(untouched.text), stripTime(before.text), 'a refused import leaves the project untouched');
    assert.deepEqual(errors, []);
  }],
  ['bad files are refused by name while the good ones load', async (context) => {
    const { page } = await openPage(context);
    const pdf = path.join(out, 'scan.pdf');
    writeFileSync(pdf, '%PDF-1.7 not an article');
    const empty = path.join(out, 'empty.txt');
    writeFileSync(empty, '');
    await dropFiles(page, [pdf, seeds[0], empty, seeds[0]]);
    await page.getByRole('heading', { name: 'Documents (1)' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'scan.pdf: looks like a PDF' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'empty.txt' }).waitFor();
    await page.getByText('already loaded').waitFor();
  }],
  ['keyboard review, tag, merge speakers, undo, new claim, reload, export → import equal', async (context) => {
    const { page, errors } = await dropSeedStory(context);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('j');
    const first = await page.locator('.claim-row.selected').getAttribute('data-claim');
    assert.ok(first, 'j selects a claim');
    await page.keyboard.press('1');
    await page.locator('.inspector .tag.on').filter({ hasText: 'Needs check' }).waitFor();
    await page.keyboard.press('a'); // accepts, then moves on to the next claim to review
    await page.locator(`.claim-row.accepted[data-claim="${first}"]`).waitFor();
    await page.keyboard.press('r');
    await page.locator('.claim-row.rejected').waitFor();
    await page.keyboard.press('k'); // undo and redo show the claim they change
    await page.keyboard.press('z');
    await page.locator('.claim-row.selected.rejected').waitFor({ state: 'detached' });
    await page.keyboard.press('y');
    await page.locator('.claim-row.selected.rejected').waitFor();

    // merge two speakers in the speakers view, then undo it
    await page.getByRole('tab', { name: 'Speakers' }).click();
    const before = await page.locator('.speakers h2').textContent();
    const n = Number(before.match(/\((\d+)\)/)[1]);
    assert.ok(n >= 2, 'at least two speakers');
    await page.locator('.heat button.edit-speaker').nth(1).click();
    // "Merge into" takes another speaker's name, with type-ahead over every speaker
    const merge = page.locator('.heat .speaker-editor input.merge-into');
    const target = await page.locator('.heat tbody tr').first().locator('.speaker-name').textContent();
    await merge.fill(target);
    await merge.press('Tab');
    // it asks first: the question names both and how many claims move; Escape says no
    const ask = page.getByRole('alertdialog');
    await ask.waitFor();
    assert.match(await ask.locator('#confirm-question').textContent(), /^Merge .+ into .+\? \d+ claims? move\.$/);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Merge', 'the yes has focus');
    await page.keyboard.press('r'); // no shortcut acts behind the question
    await page.keyboard.press('Escape');
    await ask.waitFor({ state: 'detached' });
    assert.equal(await page.locator('.speakers h2').textContent(), before, 'a no changes nothing');
    await merge.fill('');
    await merge.fill(target);
    await merge.press('Tab');
    await ask.waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Speakers (${n - 1})` }).waitFor();
    await page.locator('.notice', { hasText: /moved\. Undo \(z\) takes it back\./ }).first().waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('heading', { name: `Speakers (${n})` }).waitFor();
    await page.getByRole('tab', { name: 'Claims' }).click();

    // the speaker filter takes a name (type-ahead over every speaker)
    const all = await page.locator('.claims h2').textContent();
    const total = Number(all.match(/of (\d+)/)[1]);
    await page.locator('input.speaker-filter').fill(target.toUpperCase());
    await page.locator('input.speaker-filter').press('Tab');
    await page.waitForFunction((t) => {
      const m = document.querySelector('.claims h2').textContent.match(/\((\d+) of (\d+)\)/);
      return m && Number(m[1]) > 0 && Number(m[1]) < t;
    }, total);
    const who = await page.locator('.claim-row .who').evaluateAll(rows => rows.map(r => r.firstChild.textContent));
    assert.ok(who.every(w => w === target), `only ${target}'s claims listed: ${who}`);
    await page.locator('input.speaker-filter').fill('');
    await page.locator('input.speaker-filter').press('Tab');
    await page.getByRole('heading', { name: `Claims (${total} of ${total})` }).waitFor();

    // a new claim from selected text, with a new speaker typed in
    await page.locator('.doc').first().click();
    await page.evaluate(() => {
      const root = document.querySelector('.reader .text');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let node;
      while ((node = walker.nextNode())) { if (node.textContent.includes('Putin')) break; }
      const at = node.textContent.indexOf('Putin');
      const range = document.createRange();
      range.setStart(node, at); range.setEnd(node, at + 5);
      const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
    });
    await page.keyboard.press('n');
    await page.locator('.inspector h2').filter({ hasText: 'manual' }).waitFor();
    await page.keyboard.press('s');
    await page.waitForFunction(() => document.activeElement?.id === 'speaker-input');
    await page.locator('#speaker-input').fill('Jane Reviewer');
    await page.keyboard.press('Enter');
    await page.locator('#speaker-input').blur();
    await page.locator('.claim-row.selected .who').filter({ hasText: 'Jane Reviewer' }).waitFor();
    await page.screenshot({ path: path.join(out, 'review.png') });

    // the document's details are editable (right away: fields keep what is typed through
    // every re-render, see saving.mjs)
    await page.getByText('Edit details').click();
    await page.getByLabel('Title').fill('Edited headline');
    await page.getByLabel('Title').press('Tab');
    await page.getByRole('heading', { name: 'Edited headline' }).waitFor();

    await page.getByText('All changes saved in this browser').waitFor();
    const reviewed = await exportJson(page);
    await page.reload();
    await page.getByRole('heading', { name: 'Documents (5)' }).waitFor();
    const reloaded = await exportJson(page);
    assert.equal(stripTime(reloaded.text), stripTime(reviewed.text), 'reload keeps every review decision');
    const json = JSON.parse(reviewed.text);
    const c1 = json.claims.find(c => c.id === first);
    assert.equal(c1.status, 'accepted');
    assert.deepEqual(c1.tags, ['needs-check']);
    assert.ok(json.claims.some(c => c.status === 'rejected'));
    assert.equal(json.documents[0].meta.title, 'Edited headline');
    const manual = json.claims.find(c => c.origin === 'manual');
    assert.equal(manual.content.text, 'Putin');
    assert.equal(json.speakers.find(s => s.id === manual.speaker).name, 'Jane Reviewer');
    checkSpans(json);

    const file = path.join(out, 'reviewed.json');
    writeFileSync(file, reviewed.text);
    page.once('dialog', d => d.accept());
    await page.getByRole('button', { name: 'New project' }).click();
    await page.locator('#import-input').setInputFiles(file);
    await page.getByRole('heading', { name: 'Documents (5)' }).waitFor();
    const back = await exportJson(page);
    assert.equal(stripTime(back.text), stripTime(reviewed.text), 'export → import → export is identity');
    assert.deepEqual(errors, []);
  }],
  ['hostile file names and texts render as text; CSV, W3C and ClaimReview exports download', async (context) => {
    const { page, errors } = await openPage(context);
    const evil = path.join(out, '<img src=x onerror=window.__pwned=1>.txt');
    writeFileSync(evil, '<script>window.__pwned=1</script> Headline\n\n' +
      '"=HYPERLINK(\\"http://evil\\") is fine, we are sure," the minister said on Monday.\n' +
      '"><img src=x onerror="window.__pwned=2"> \u202Eevil\u202C and zero\u200Bwidth, said Jones.\n');
    await page.locator('#file-input').setInputFiles([evil]);
    await page.getByRole('heading', { name: 'Documents (1)' }).waitFor();
    await page.locator('.doc').first().click();
    await page.getByText('<script>window.__pwned=1</script>').first().waitFor();
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script from the input ran');
    assert.equal(await page.locator('.reader img, .documents img').count(), 0, 'no markup from the input');
    const csv = await download(page, 'More exports', 'CSV of claims');
    assert.match(csv.name, /\.csv$/);
    assert.ok(!/(^|,)=HYPERLINK/m.test(csv.text), 'formula cells are defused');
    const w3c = JSON.parse((await download(page, 'More exports', 'W3C Web Annotation (JSON-LD)')).text);
    assert.equal(w3c.type, 'AnnotationCollection');
    for (const a of w3c.first.items.filter(a => a.motivation !== 'linking')) {
      const pos = a.target[0].selector.find(s => s.type === 'TextPositionSelector');
      const quote = a.target[0].selector.find(s => s.type === 'TextQuoteSelector');
      assert.ok(pos.end > pos.start && quote.exact.length > 0);
    }
    assert.ok(csv.text.startsWith('\uFEFF'), 'the CSV starts with a BOM');
    const review = JSON.parse((await download(page, 'More exports', 'ClaimReview (schema.org, verdict tags)')).text);
    assert.equal(review['@context'], 'https://schema.org');
    assert.deepEqual(errors, []);
  }],
  ['closing the tab right after an acknowledged edit loses nothing; a second tab follows the first', async (context) => {
    const { page } = await dropSeedStory(context);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('j');
    await page.keyboard.press('r'); // rejects, then moves on
    const rejected = await page.locator('.claim-row.rejected').getAttribute('data-claim');
    await page.getByText('All changes saved in this browser').waitFor();
    const second = await context.newPage();
    await second.goto(URL);
    await second.locator('.saving-banner').filter({ hasText: 'being edited in another tab' }).waitFor();
    await page.close();
    await second.close();
    const reopened = await context.newPage();
    await reopened.goto(URL);
    await reopened.getByRole('heading', { name: 'Documents (5)' }).waitFor();
    await reopened.locator(`.claim-row.rejected[data-claim="${rejected}"]`).waitFor();
  }],
  ['a Content-Security-Policy forbids inline and foreign scripts and connections out', async (context) => {
    const { page, errors } = await openPage(context);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const directive = (name) => (csp.split(';').map(d => d.trim().split(/\s+/)).find(d => d[0] === name) || []).slice(1);
    // exactly these: no 'unsafe-inline', no 'unsafe-eval' (eval itself cannot be probed from
    // page.evaluate, which DevTools runs outside the policy), no other origin
    assert.deepEqual(directive('script-src'), ["'self'", "'wasm-unsafe-eval'"], 'only own scripts and wasm');
    assert.deepEqual(directive('default-src'), ["'none'"]);
    assert.deepEqual(directive('connect-src'), ["'self'"], 'no connection to other origins');
    assert.equal(await page.locator('script:not([src])').count(), 0, 'the built page has no inline script');
    await page.getByRole('button', { name: 'Load the sample story' }).first().click();
    await page.getByRole('heading', { name: 'Documents (5)' }).waitFor();
    const blocked = await page.evaluate(async () => {
      const violations = [];
      document.addEventListener('securitypolicyviolation', e => violations.push(e.effectiveDirective));
      const inline = document.createElement('script');
      inline.textContent = 'window.__inline = 1';
      document.body.append(inline);
      const holder = document.createElement('div');
      holder.innerHTML = '<img src="data:," onload="window.__handler = 1">';
      document.body.append(holder);
      const foreign = document.createElement('script');
      foreign.src = 'http://127.0.0.2:9/evil.js';
      document.body.append(foreign);
      let fetched;
      try { await fetch('http://127.0.0.2:9/'); fetched = 'reached'; } catch (e) { fetched = 'refused'; }
      await new Promise(r => setTimeout(r, 300));
      return { inline: window.__inline, handler: window.__handler, fetched, violations };
    });
    assert.equal(blocked.inline, undefined, 'an inserted inline script did not run');
    assert.equal(blocked.handler, undefined, 'an inline event handler did not run');
    assert.equal(blocked.fetched, 'refused');
    for (const d of ['script-src-elem', 'script-src-attr', 'connect-src']) {
      assert.ok(blocked.violations.includes(d), `the browser reported a ${d} violation: ${blocked.violations}`);
    }
    assert.deepEqual(errors, []);
  }],
  ['an edit rewrites only its document\'s piece and the project record; reload restores it exactly', async (context) => {
    const { page, errors } = await dropSeedStory(context);
    await page.getByText('All changes saved in this browser').waitFor();
    const loaded = await storedRecords(page);
    assert.equal(loaded.listed.length, 5, 'one piece per document');
    assert.deepEqual(loaded.keys, [...loaded.listed.map(r => r.key), 'project'].sort(), 'nothing else is stored');

    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('j');
    const claim = await page.locator('.claim-row.selected').getAttribute('data-claim');
    const selected = await waitForStored(page, s => s.project !== loaded.project); // the selection, within a second
    assert.deepEqual(selected.listed, loaded.listed, 'a new selection rewrites no document piece');
    assert.notEqual(selected.project, loaded.project, 'the selection is in the project record');

    await page.keyboard.press('2');
    await page.locator('.inspector .tag.on').filter({ hasText: 'Verified' }).waitFor();
    await page.getByText('All changes saved in this browser').waitFor();
    const tagged = await storedRecords(page);
    const before = await exportJson(page);
    const edited = JSON.parse(before.text).claims.find(c => c.id === claim).document;
    const rewritten = tagged.listed.filter((r, i) => r.key !== selected.listed[i].key).map(r => r.document);
    assert.deepEqual(rewritten, [edited], 'only the edited document\'s piece was rewritten');
    assert.notEqual(tagged.project, selected.project, 'the project record was rewritten');
    assert.deepEqual(tagged.keys, [...tagged.listed.map(r => r.key), 'project'].sort(), 'the replaced piece is deleted');

    await page.reload();
    await page.getByRole('heading', { name: 'Documents (5)' }).waitFor();
    const after = await exportJson(page);
    assert.equal(stripTime(after.text), stripTime(before.text), 'reload restores the exact export');
    assert.equal(await page.locator(`.claim-row.selected[data-claim="${claim}"]`).count(), 1);
    assert.deepEqual(errors, []);
  }],
  ...reviewFlows({ openPage, dropSeedStory }),
  ...colourFlows({ openPage, dropSeedStory }),
  ['a project saved by the earlier single-record autosave is restored, then kept in pieces', async (context) => {
    const { page, errors } = await dropSeedStory(context);
    await page.getByText('All changes saved in this browser').waitFor();
    const exported = await exportJson(page);
    page.once('dialog', d => d.accept());
    await page.getByRole('button', { name: 'New project' }).click();
    await page.getByText('Drop news articles here').waitFor();
    await page.getByText('All changes saved in this browser').waitFor();
    const legacy = JSON.stringify({ project: exported.text, selected_document: 'd2', selected_claim: null });
    await replaceStoredRecords(page, { current: legacy });
    await page.reload();
    await page.getByRole('heading', { name: 'Documents (5)' }).waitFor();
    const restored = await exportJson(page);
    assert.equal(stripTime(restored.text), stripTime(exported.text), 'the old record is restored exactly');
    await page.getByText('All changes saved in this browser').waitFor();
    const stored = await storedRecords(page);
    assert.equal(stored.listed.length, 5);
    assert.deepEqual(stored.keys, [...stored.listed.map(r => r.key), 'project'].sort(), 'the old record is gone');

    // a corrupt piece: the page says why and starts empty
    const piece = stored.listed[2].key;
    const broken = stored.records[piece].replace(/"start":(\d+)/, '"start":99999999$1');
    await replaceStoredRecords(page, { ...stored.records, [piece]: broken });
    await page.reload();
    await page.getByRole('alert').filter({ hasText: 'could not be restored' }).filter({ hasText: 'outside the text' }).first().waitFor();
    await page.getByText('Drop news articles here').waitFor(); // what happens next: saving.mjs
    assert.deepEqual(errors, []);
  }],
];

async function download(page, menu, item) {
  const details = page.locator('details').filter({ hasText: menu });
  if (!(await details.evaluate(d => d.open))) await page.getByText(menu).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: item }).click()]);
  const chunks = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk);
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

function stripTime(text) {
  return text.replace(/"exported_at": "[^"]*"/, '"exported_at": null');
}

flows.push(...savingFlows({ URL, openPage, dropSeedStory }));

const only = process.env.E2E_ONLY; // a substring of flow names, to run just those
const chosen = only ? flows.filter(([name]) => name.includes(only)) : flows;
const server = await serveDist(PORT);
const browser = await launch();
let failures = 0;
try {
  failures = await runFlows(browser, chosen);
} finally {
  await browser.close();
  server.kill();
}
console.log(failures ? `${failures} e2e flow(s) failed` : `all ${chosen.length} e2e flows passed`);
process.exit(failures ? 1 : 0);
