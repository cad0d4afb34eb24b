// Helpers that act on the claimlens page the way a user does: drop files, click by
// accessible name, export and read the download.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Drops files onto the page through a real DragEvent carrying a DataTransfer. */
export async function dropFiles(page, paths) {
  const files = paths.map(p => ({ name: path.basename(p), bytes: [...readFileSync(p)] }));
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'text/plain' }));
    const target = document.querySelector('.app');
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
}

/** Clicks "Export JSON" and returns the downloaded file's text. */
export async function exportJson(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON', exact: true }).click(),
  ]);
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** Every span's text must equal the document text between its code point offsets. */
export function checkSpans(json) {
  const texts = new Map(json.documents.map(d => [d.id, Array.from(d.text)]));
  const check = (docId, span, what) => {
    if (!span) return;
    const chars = texts.get(docId);
    if (!chars) throw new Error(`${what}: unknown document ${docId}`);
    const slice = chars.slice(span.start, span.end).join('');
    if (slice !== span.text) throw new Error(`${what}: text ${JSON.stringify(span.text)} != document ${JSON.stringify(slice)} at ${span.start}..${span.end}`);
  };
  let n = 0;
  for (const d of json.documents) for (const b of d.boilerplate) { check(d.id, b, `boilerplate of ${d.id}`); n++; }
  for (const c of json.claims) {
    for (const [what, span] of [['content', c.content], ['cue', c.cue], ['source_mention', c.source_mention], ...(c.content_parts || []).map(p => ['part', p])]) {
      check(c.document, span, `claim ${c.id} ${what}`); if (span) n++;
    }
  }
  return n;
}

/** The first `n` PolNeAR train articles (by name), for the browser benchmarks; past the 840
 *  train texts, copies of them. */
export function trainArticles(root, n) {
  const dir = path.join(root, '../shared/bench/polnear/train/text');
  const train = readdirSync(dir).filter(f => f.endsWith('.txt')).sort().map(f => path.join(dir, f));
  // Beyond the 840 train texts: syndicated copies of them (the text plus an editor's note),
  // as a newsroom folder has; they are marked as copies and their claims clustered.
  const copies = path.join(os.tmpdir(), 'claimlens-bench-copies');
  mkdirSync(copies, { recursive: true });
  const files = train.slice(0, n);
  for (let k = train.length; k < n; k++) {
    const original = train[k % train.length];
    const copy = path.join(copies, `copy${Math.floor(k / train.length)}-${path.basename(original)}`);
    writeFileSync(copy, `${readFileSync(original, 'utf8')}\n\nEditor's note: filed again as copy ${k}.\n`);
    files.push(copy);
  }
  return files;
}

/** Toggles the tag on key "1" of the selected claim `times` times; each time the milliseconds
 *  from the key press to the next painted frame, measured inside the page, sorted. */
export async function timeTagToggles(page, times) {
  const ms = [];
  for (let i = 0; i < times; i++) {
    ms.push(await page.evaluate(() => new Promise(resolve => {
      const t0 = performance.now();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true }));
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
    })));
  }
  return ms.sort((a, b) => a - b);
}

/** The page's four exports: the menu holding each (null: the toolbar) and its button. */
export const EXPORTS = [[null, 'Export JSON'], ['More exports', 'W3C Web Annotation (JSON-LD)'],
  ['More exports', 'brat / INCEpTION (one .zip)'], ['More exports', 'CSV of claims']];

/** Clicks an export and waits for its download: the file's name, its size, the time from the
 *  click (performance clock: `before`) to the download, and the page's export marks since. */
export async function timeExport(page, menu, label) {
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
  const marks = await page.evaluate((t) => performance.getEntriesByType('measure')
    .filter(m => m.name.startsWith('claimlens: export') && m.startTime >= t)
    .map(m => `${m.name.replace('claimlens: ', '')} ${m.duration.toFixed(0)} ms at ${(m.startTime - t).toFixed(0)}`).join(', '), before);
  return { name: file.suggestedFilename(), bytes, ms, before, marks };
}
