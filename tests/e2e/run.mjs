// End-to-end tests of the real page in headless Chromium: build with `trunk build --release`
// first (scripts/test.sh does). Each flow drives the page as a user would.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launch, out, root, runFlows, serveDist } from './harness.mjs';
import { checkSpans, dropFiles, exportJson } from './page.mjs';

const PORT = 8765;
const URL = `http://127.0.0.1:${PORT}/`;
const seedDir = path.join(root, 'tests/fixtures/seeds');
const seeds = readdirSync(seedDir).filter(f => f.endsWith('.txt')).sort().map(f => path.join(seedDir, f));

async function openPage(context) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(e));
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
    const before = await exportJson(page);
    await page.getByText('All changes saved in this browser').waitFor();
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
];

function stripTime(text) {
  return text.replace(/"exported_at": "[^"]*"/, '"exported_at": null');
}

const server = await serveDist(PORT);
const browser = await launch();
let failures = 0;
try {
  failures = await runFlows(browser, flows);
} finally {
  await browser.close();
  server.kill();
}
console.log(failures ? `${failures} e2e flow(s) failed` : `all ${flows.length} e2e flows passed`);
process.exit(failures ? 1 : 0);
