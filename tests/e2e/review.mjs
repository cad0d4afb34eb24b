// The review loop in the browser: the layout at laptop sizes, the decision keys and what they
// move to, the help (the keymap, modal), feedback (undo shows what it undid, notices leave and
// do not stack, announcements), keyboard-only selection, tabs, the versions side by side, and
// axe-core over every view (no serious or critical violation). Screenshots go to docs/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { out, root } from './harness.mjs';
import { exportJson } from './page.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the page as it is; fails on any serious or critical violation. The page's
 *  CSP forbids inline scripts, so axe is evaluated through DevTools, as page.evaluate is. */
export async function checkAxe(page, view) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
  const said = bad.map(v => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('\n    ')}`);
  assert.deepEqual(said, [], `axe-core, ${view}: serious or critical violations`);
  return result.violations.length;
}

/** How many claim rows are wholly inside the list's visible box. */
async function rowsInView(page) {
  return page.evaluate(() => {
    const list = document.querySelector('.claim-scroll').getBoundingClientRect();
    return [...document.querySelectorAll('.claim-row')].filter(r => {
      const b = r.getBoundingClientRect();
      return b.top >= list.top - 1 && b.bottom <= list.bottom + 1;
    }).length;
  });
}

async function selectedInView(page) {
  return page.evaluate(() => {
    const list = document.querySelector('.claim-scroll').getBoundingClientRect();
    const row = document.querySelector('.claim-row.selected')?.getBoundingClientRect();
    return !!row && row.top >= list.top - 1 && row.bottom <= list.bottom + 1;
  });
}

const reviewed = async (page) => Number((await page.locator('.progress-label').textContent()).match(/^(\d+) of/)[1]);

/** A page at this size with the seed story loaded (the first claim is selected). */
async function seededAt(context, helpers, width, height) {
  const { page, errors } = await helpers.dropSeedStory(context);
  await page.setViewportSize({ width, height });
  await page.locator('.claim-row.selected').waitFor();
  return { page, errors };
}

export function reviewFlows(helpers) {
  return [
    ['1366×768: 8+ rows beside the claim; a ×10 accepts ten; the toolbar keeps its height', async (context) => {
      const { page, errors } = await seededAt(context, helpers, 1366, 768);
      const toolbar = await page.locator('.toolbar').evaluate(e => e.offsetHeight);
      const visible = await rowsInView(page);
      console.log(`  1366×768, a claim selected: ${visible} claim rows fully visible`);
      assert.ok(visible >= 8, `at least 8 rows visible with a claim selected (${visible})`);
      const first = await page.locator('.claim-row.selected').getAttribute('data-claim');
      await page.locator('.claim-row.selected').click();
      for (let i = 0; i < 10; i++) {
        await page.keyboard.press('a');
        assert.ok(await selectedInView(page), `the selected row stays in view (after a #${i + 1})`);
      }
      await page.waitForFunction(() => document.querySelector('.progress-label').textContent.startsWith('10 of'));
      const json = JSON.parse((await exportJson(page)).text);
      const accepted = json.claims.filter(c => c.status === 'accepted').map(c => c.id);
      assert.equal(accepted.length, 10, 'ten a presses accept ten claims');
      assert.ok(accepted.includes(first));
      assert.equal(await page.locator('.toolbar').evaluate(e => e.offsetHeight), toolbar, 'the toolbar did not change height');
      assert.equal(await page.locator('.inspector').isVisible(), true, 'the inspector is beside the list');
      await page.locator('#announcer').filter({ hasText: 'Accept claim' }).waitFor({ state: 'attached' });
      assert.deepEqual(errors, []);
    }],
    ['help is the keymap: lists every key, holds focus, blocks the keys behind it, closes outside', async (context) => {
      const { page, errors } = await seededAt(context, helpers, 1366, 768);
      const before = await reviewed(page);
      await page.keyboard.press('?');
      const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await dialog.waitFor();
      const keys = await dialog.locator('kbd').allTextContents();
      for (const k of ['j', 'k', 'a', 'r', 'u', 's', 'n', 'z', 'y', '/', '?', 't', 'Ctrl+Z', 'Ctrl+Y', '1']) {
        assert.ok(keys.includes(k), `the help lists ${k}: ${keys}`);
      }
      const inside = () => page.evaluate(() => document.getElementById('help-dialog').contains(document.activeElement));
      assert.ok(await inside(), 'focus moved into the help');
      for (let i = 0; i < 5; i++) {
        await page.keyboard.press('Tab');
        assert.ok(await inside(), 'Tab stays inside the help');
      }
      for (const key of ['r', 'a', 'j', '1', 'z']) await page.keyboard.press(key);
      assert.equal(await reviewed(page), before, 'no shortcut acted behind the help');
      await page.screenshot({ path: path.join(out, 'help-1366x768.png') });
      await checkAxe(page, 'the help');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await page.keyboard.press('?');
      await dialog.waitFor();
      await page.mouse.click(8, 700);
      await dialog.waitFor({ state: 'detached' });
      assert.deepEqual(errors, []);
    }],
    ['feedback: undo selects and names what it undid; notices are not repeated and leave', async (context) => {
      const { page, errors } = await seededAt(context, helpers, 1366, 768);
      const first = await page.locator('.claim-row.selected').getAttribute('data-claim');
      await page.keyboard.press('r');
      await page.keyboard.press('j');
      await page.keyboard.press('j');
      assert.notEqual(await page.locator('.claim-row.selected').getAttribute('data-claim'), first);
      await page.keyboard.press('z');
      await page.locator(`.claim-row.selected[data-claim="${first}"]`).waitFor();
      assert.equal(await page.locator(`.claim-row[data-claim="${first}"].rejected`).count(), 0, 'the rejection is undone');
      await page.locator('.notice').filter({ hasText: `Undone: reject claim ${first}` }).waitFor();
      await page.locator('#announcer').filter({ hasText: `Undone: reject claim ${first}` }).waitFor({ state: 'attached' });
      for (let i = 0; i < 4; i++) await page.keyboard.press('y');
      const redo = page.locator('.notice').filter({ hasText: 'Nothing to redo' });
      await redo.filter({ hasText: '×3' }).waitFor();
      assert.equal(await redo.count(), 1, 'one notice for the same words');
      await redo.waitFor({ state: 'detached', timeout: 15_000 });
      assert.deepEqual(errors, []);
    }],
    ['keyboard only: Shift+→ selects words from the claim, n makes a claim; tabs keep arrows to themselves', async (context) => {
      const { page, errors } = await seededAt(context, helpers, 1366, 768);
      const selected = await page.locator('.claim-row.selected').getAttribute('data-claim');
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('Alt+Shift+ArrowLeft');
      const picked = (await page.locator('.reader .text .picked').allTextContents()).join('');
      assert.ok(picked.trim().split(/\s+/).length >= 2, `words are selected from the keyboard: “${picked}”`);
      await page.keyboard.press('n');
      await page.locator('.inspector h2').filter({ hasText: 'manual' }).waitFor();
      const made = await page.locator('.claim-row.selected').getAttribute('data-claim');
      assert.notEqual(made, selected, 'the new claim is selected');

      // Tab order starts with a visible skip link; the tabs move with arrows, not the claim
      await page.keyboard.press('j');
      const claim = await page.locator('.claim-row.selected').getAttribute('data-claim');
      assert.notEqual(claim, made, 'j moves on from the new claim');
      await page.getByRole('tab', { name: 'Claims' }).focus();
      await page.keyboard.press('ArrowRight');
      await page.getByRole('tab', { name: 'Speakers', selected: true }).waitFor();
      assert.ok(await page.evaluate(() => document.activeElement.id === 'tab-speakers'), 'focus moved to the tab');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowLeft');
      await page.getByRole('tab', { name: 'Claims', selected: true }).waitFor();
      assert.equal(await page.locator('.claim-row.selected').getAttribute('data-claim'), claim, 'arrows on the tabs leave the claim alone');
      assert.equal(await page.locator('[role=tabpanel]').getAttribute('aria-labelledby'), 'tab-claims');

      await page.reload();
      await page.getByRole('heading', { name: 'Documents (5)' }).waitFor();
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => ({ text: document.activeElement.textContent, visible: document.activeElement.getBoundingClientRect().top >= 0 }));
      assert.deepEqual(first, { text: 'Skip to the claims list', visible: true }, 'the first Tab lands on a visible skip link');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      assert.deepEqual(errors, []);
    }],
    ['the other outlets\' versions side by side; accept all versions at once; story jump shows the claim', async (context) => {
      const { page, errors } = await seededAt(context, helpers, 1366, 768);
      await page.getByText('More filters and sort').click();
      await page.getByRole('combobox', { name: 'Cluster' }).selectOption('yes');
      await page.locator('.claim-row').first().click();
      const pair = page.locator('.version .pair').first();
      await pair.waitFor();
      const boxes = await pair.locator('.version-text').evaluateAll(sides => sides.map(s => s.getBoundingClientRect()).map(b => ({ top: b.top, left: b.left, width: b.width })));
      assert.equal(boxes.length, 2);
      assert.ok(Math.abs(boxes[0].top - boxes[1].top) < 2 && boxes[1].left > boxes[0].left + boxes[0].width - 2, `side by side: ${JSON.stringify(boxes)}`);
      assert.ok(await page.locator('.version ins.diff').count() > 0 || (await page.locator('.versions h3').textContent()).includes('In'), 'the versions are shown');
      await checkAxe(page, 'a claim with other outlets\' versions');
      await page.screenshot({ path: path.join(root, 'docs/review-1366x768.png') });

      const claim = await page.locator('.claim-row.selected').getAttribute('data-claim');
      await page.keyboard.press('A');
      const json = JSON.parse((await exportJson(page)).text);
      const cluster = json.clusters.find(k => k.claims.includes(claim));
      const statuses = json.claims.filter(c => cluster.claims.includes(c.id)).map(c => c.status);
      assert.ok(statuses.length >= 2 && statuses.every(s => s === 'accepted'), `every version accepted: ${statuses}`);
      await page.keyboard.press('z');
      const undone = JSON.parse((await exportJson(page)).text);
      assert.ok(undone.claims.filter(c => cluster.claims.includes(c.id)).every(c => c.status === 'suggested'), 'one undo takes back every version');

      await page.getByRole('tab', { name: 'Story' }).click();
      const member = page.locator('.cluster-members button').last();
      await member.click();
      await page.waitForFunction(() => {
        const reader = document.querySelector('.reader').getBoundingClientRect();
        const mark = document.querySelector('.reader mark.selected')?.getBoundingClientRect();
        return mark && mark.top >= reader.top && mark.bottom <= reader.bottom;
      });
      assert.deepEqual(errors, []);
    }],
    ['axe-core: no serious or critical violation in any view', async (context) => {
      const { page, errors } = await helpers.openPage(context);
      await page.setViewportSize({ width: 1366, height: 768 });
      await checkAxe(page, 'the empty page');
      await page.getByRole('button', { name: 'Load the sample story' }).first().click();
      await page.getByRole('heading', { name: 'Documents (5)' }).waitFor();
      await page.locator('.claim-row.selected').waitFor();
      await checkAxe(page, 'the sample loaded, a claim selected');
      await page.keyboard.press('a');
      await page.keyboard.press('r');
      await page.keyboard.press('1');
      await checkAxe(page, 'after decisions (review marks, notices, last decisions)');
      for (const tab of ['Speakers', 'Story', 'Tags', 'Claims']) {
        await page.getByRole('tab', { name: tab }).click();
        await page.getByRole('tab', { name: tab, selected: true }).waitFor();
        await checkAxe(page, `the ${tab} tab`);
      }
      await page.getByRole('tab', { name: 'Speakers' }).click();
      await page.locator('.heat button.edit-speaker').first().click();
      await page.locator('.heat .speaker-editor').waitFor();
      await checkAxe(page, 'the speaker editor');
      // the merge question (an alert dialog over the page)
      const other = await page.locator('.heat tbody tr').nth(1).locator('.speaker-name').textContent();
      await page.locator('.heat .speaker-editor input.merge-into').fill(other);
      await page.locator('.heat .speaker-editor input.merge-into').press('Tab');
      await page.getByRole('alertdialog').waitFor();
      await checkAxe(page, 'the merge question');
      await page.keyboard.press('Escape');
      await page.getByRole('alertdialog').waitFor({ state: 'detached' });
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.getByRole('tab', { name: 'Claims' }).click();
      await page.locator('.claim-row').nth(3).click();
      await page.screenshot({ path: path.join(root, 'docs/review-1920x1080.png') });
      await page.setViewportSize({ width: 1280, height: 720 });
      const visible = await rowsInView(page);
      console.log(`  1280×720, a claim selected: ${visible} claim rows fully visible`);
      assert.ok(visible >= 6, `the list is usable at 1280×720 (${visible} rows)`);
      assert.deepEqual(errors, []);
    }],
    ['a 10-claim review with two tags, counted in key presses', async (context) => {
      const { page, errors } = await seededAt(context, helpers, 1366, 768);
      let presses = 0;
      const press = async (key) => { presses++; await page.keyboard.press(key); };
      // the first claim is selected when the story loads; two claims get a tag, all ten a decision
      await press('1');
      await press('a');
      for (let i = 0; i < 5; i++) await press('a');
      await press('3');
      await press('r');
      for (let i = 0; i < 3; i++) await press('a');
      await page.waitForFunction(() => document.querySelector('.progress-label').textContent.startsWith('10 of'));
      const json = JSON.parse((await exportJson(page)).text);
      assert.equal(json.claims.filter(c => c.status !== 'suggested').length, 10);
      assert.equal(json.claims.filter(c => c.tags.length > 0).length, 2);
      console.log(`  10 claims reviewed, 2 tagged: ${presses} key presses`);
      assert.ok(presses <= 12, `${presses} key presses`);
      assert.deepEqual(errors, []);
    }],
  ];
}
