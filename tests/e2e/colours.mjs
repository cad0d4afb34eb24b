// The kind colours as the page renders them (the reader's legend, computed styles): each kind's
// line meets 3:1 against the reader's background and against the page's, and any two kinds'
// lines stay apart (CIE76 ΔE ≥ 20) for normal vision and under simulated protanopia,
// deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009, severity 1, applied in
// linear RGB). Colour is never the only signal (each kind has its own line style); this checks
// that the colour signal itself holds for people who rely on it.
import assert from 'node:assert/strict';

export const KINDS = ['direct', 'mixed', 'indirect', 'assertion'];
export const MIN_CONTRAST = 3;
export const MIN_DELTA_E = 20;

/** Machado 2009 matrices at severity 1.0 (linear RGB in, linear RGB out). */
export const DEFICIENCIES = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
};

/** "rgb(179, 89, 0)" or "rgba(...)" → [r, g, b] in 0..255; throws on anything else. */
export function parseRgb(css) {
  const m = css.match(/^rgba?\(\s*(\d+(?:\.\d+)?)[ ,]+(\d+(?:\.\d+)?)[ ,]+(\d+(?:\.\d+)?)/);
  if (!m) throw new Error(`not an rgb() colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const toLinear = c => { const s = c / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
const fromLinear = l => { const c = Math.min(1, Math.max(0, l)); return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055); };

/** WCAG 2 relative luminance and contrast ratio. */
export function luminance(rgb) {
  const [r, g, b] = rgb.map(toLinear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour as seen with the deficiency (Machado 2009). */
export function simulate(rgb, matrix) {
  const lin = rgb.map(toLinear);
  return matrix.map(row => fromLinear(row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2]));
}

/** sRGB → CIELAB (D65), then the CIE76 distance. */
export function lab(rgb) {
  const [r, g, b] = rgb.map(toLinear);
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
  const z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
  const f = t => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
export function deltaE(a, b) {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** Checks the colours; returns the figures (for the log) or throws naming what fails. */
export function checkKindColours({ lines, backgrounds }) {
  const figures = { contrast: {}, closest: {} };
  for (const kind of KINDS) {
    const worst = Math.min(...Object.values(backgrounds).map(bg => contrast(lines[kind], bg)));
    figures.contrast[kind] = Number(worst.toFixed(2));
    assert.ok(worst >= MIN_CONTRAST, `the ${kind} line contrasts ${worst.toFixed(2)}:1 with a background (needs ${MIN_CONTRAST}:1)`);
  }
  const visions = { normal: null, ...DEFICIENCIES };
  for (const [vision, matrix] of Object.entries(visions)) {
    const seen = Object.fromEntries(KINDS.map(k => [k, matrix ? simulate(lines[k], matrix) : lines[k]]));
    let closest = { d: Infinity, pair: '' };
    for (let i = 0; i < KINDS.length; i++) {
      for (let j = i + 1; j < KINDS.length; j++) {
        const d = deltaE(seen[KINDS[i]], seen[KINDS[j]]);
        if (d < closest.d) closest = { d, pair: `${KINDS[i]}/${KINDS[j]}` };
      }
    }
    figures.closest[vision] = `${closest.pair} ${closest.d.toFixed(1)}`;
    assert.ok(closest.d >= MIN_DELTA_E, `${vision}: ${closest.pair} are ΔE ${closest.d.toFixed(1)} apart (needs ${MIN_DELTA_E})`);
  }
  return figures;
}

/** The checker must catch what it exists for: a low-contrast line and two kinds that only
 *  differ in red/green. Run before the page's colours so a broken check cannot pass. */
function checkTheChecker() {
  const white = [255, 255, 255];
  const good = { direct: [179, 89, 0], mixed: [26, 111, 208], indirect: [30, 74, 44], assertion: [115, 121, 127] };
  checkKindColours({ lines: good, backgrounds: { white } });
  assert.throws(() => checkKindColours({ lines: { ...good, assertion: [200, 200, 200] }, backgrounds: { white } }), /contrasts/);
  // a red and an olive brown: far apart for normal vision, one colour for protanopes
  assert.ok(deltaE([200, 0, 0], [90, 75, 0]) > 60, 'red and olive differ for normal vision');
  assert.throws(() => checkKindColours({ lines: { ...good, direct: [200, 0, 0], mixed: [90, 75, 0] }, backgrounds: { white } }), /protanopia: direct\/mixed/);
}

export function colourFlows(helpers) {
  return [
    ['kind colours: lines 3:1 on the page, apart under protanopia, deuteranopia, tritanopia', async (context) => {
      checkTheChecker();
      const { page, errors } = await helpers.dropSeedStory(context);
      await page.locator('.legend mark.content.kind-direct').first().waitFor();
      const read = await page.evaluate((kinds) => {
        const css = (el, prop) => getComputedStyle(el)[prop];
        const lines = {};
        for (const k of kinds) lines[k] = css(document.querySelector(`.legend mark.content.kind-${k}`), 'borderBottomColor');
        return {
          lines,
          backgrounds: { page: css(document.body, 'backgroundColor') === 'rgba(0, 0, 0, 0)' ? css(document.documentElement, 'backgroundColor') : css(document.body, 'backgroundColor'), reader: css(document.querySelector('.reader'), 'backgroundColor') },
        };
      }, KINDS);
      const backgrounds = Object.fromEntries(Object.entries(read.backgrounds)
        .filter(([, c]) => c !== 'rgba(0, 0, 0, 0)').map(([k, c]) => [k, parseRgb(c)]));
      assert.ok(Object.keys(backgrounds).length > 0, `a background colour is set: ${JSON.stringify(read.backgrounds)}`);
      const lines = Object.fromEntries(Object.entries(read.lines).map(([k, c]) => [k, parseRgb(c)]));
      const figures = checkKindColours({ lines, backgrounds });
      console.log(`  kind lines: contrast ${JSON.stringify(figures.contrast)}; closest pair ΔE ${JSON.stringify(figures.closest)}`);
      assert.deepEqual(errors, []);
    }],
  ];
}
