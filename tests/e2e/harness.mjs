// The e2e harness: serves dist/ on localhost, starts Debian's Chromium headless through
// playwright-core, and runs named flows, each in a fresh browser context; screenshots go to out/.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const out = path.join(root, 'tests/e2e/out');
mkdirSync(out, { recursive: true });

export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Serves dist/ on the port; fails if another server already holds it (it would be tested
 *  instead of this build). */
export async function serveDist(port) {
  const server = spawn('python3', ['-u', '-m', 'http.server', String(port), '--bind', '127.0.0.1',
    '--directory', process.env.E2E_DIST || path.join(root, 'dist')], { stdio: ['ignore', 'pipe', 'pipe'] });
  const started = await new Promise((resolve) => {
    let said = '';
    const listen = chunk => { said += chunk; if (said.includes('Serving HTTP')) resolve(true); };
    server.stdout.on('data', listen);
    server.stderr.on('data', listen);
    server.on('exit', () => resolve(false));
    setTimeout(() => resolve(false), 10000);
  });
  if (!started) {
    server.kill();
    throw new Error(`cannot serve dist/ on port ${port} (taken by another server?); set E2E_PORT`);
  }
  for (let i = 0; i < 100; i++) {
    try { const r = await fetch(`http://127.0.0.1:${port}/`); if (r.ok) return server; } catch {}
    await new Promise(r => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`static server on port ${port} did not start`);
}

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: FLAGS });
}

/** Runs each [name, fn(context)] flow; prints ok/FAILED; returns the number of failures. */
export async function runFlows(browser, flows) {
  let failures = 0;
  for (const [name, flow] of flows) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const started = Date.now();
    try {
      await flow(context);
      console.log(`ok      ${name} (${Date.now() - started} ms)`);
    } catch (e) {
      failures++;
      console.log(`FAILED  ${name}\n${e.stack}`);
    } finally {
      await context.close();
    }
  }
  return failures;
}
