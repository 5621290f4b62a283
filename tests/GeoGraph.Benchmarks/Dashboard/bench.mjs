// Times the dashboard in headless Chromium on a synthetic graph of 2,000 entities and 6,000
// relations: the first render (data in hand → layout → painted) and the expansion of a node
// (neighbourhood in hand → placed → painted), both as the page measures them (performance.now).
// The page is served from src/GeoGraph.Api/wwwroot by a small stub that answers its GraphQL
// queries with the synthetic graph, so the figures are the page's work, not the store's.
//
//   cd tests/GeoGraph.Benchmarks/Dashboard && npm ci && node bench.mjs [runs]
//   node bench.mjs --serve    serves the page on the synthetic graph, to look at it in a browser
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { syntheticGraph, answer } from './synthetic-graph.mjs';

const root = fileURLToPath(new URL('../../../src/GeoGraph.Api/wwwroot/', import.meta.url));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.md': 'text/plain' };
const serveOnly = process.argv[2] === '--serve';
const runs = serveOnly ? 0 : Number(process.argv[2] ?? 5);
const graph = syntheticGraph();

const server = createServer(async (request, response) => {
  if (request.url === '/graphql' && request.method === 'POST') {
    let body = '';
    for await (const chunk of request) body += chunk;
    response.writeHead(200, { 'Content-Type': 'application/json' });
    return response.end(JSON.stringify(answer(graph, JSON.parse(body))));
  }
  const path = normalize(join(root, new URL(request.url, 'http://x').pathname.replace(/\/$/, '/index.html')));
  if (!path.startsWith(root)) return response.writeHead(403).end();
  try {
    const file = await readFile(path);
    response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(file);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
if (serveOnly) {
  console.log(`${origin}/?centre=n:0 (Ctrl+C stops)`);
  await new Promise(() => {});
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const browserSession = await browser.newBrowserCDPSession();
// CPU seconds of every renderer process: unlike wall time, it does not grow when other work shares the cores.
const rendererCpu = async () => (await browserSession.send('SystemInfo.getProcessInfo')).processInfo
  .filter(p => p.type === 'renderer').reduce((sum, p) => sum + p.cpuTime, 0);
const cpu = [];
const renders = [];
const phases = [];
const expands = [];
try {
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = [];
    page.on('pageerror', e => errors.push(e.message));
    const cpuBefore = await rendererCpu();
    await page.goto(`${origin}/?centre=n:0`);
    await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 60000 });
    cpu.push((await rendererCpu() - cpuBefore) * 1000);
    const counts = await page.evaluate(() => window.geograph.counts());
    renders.push(await page.evaluate(() => window.geograph.timings.render));
    phases.push(await page.evaluate(() => window.geograph.timings.phases));
    // Expand the best connected entity other than the centre (whose neighbourhood is already drawn).
    await page.focus('#graph');
    do await page.keyboard.press('ArrowRight');
    while ((await page.textContent('#status')).startsWith('Actor 0 '));
    await page.keyboard.press('e');
    await page.waitForFunction(() => document.body.dataset.state === 'ready' && window.geograph.timings.expand !== null, null, { timeout: 60000 });
    expands.push(await page.evaluate(() => window.geograph.timings.expand));
    const added = (await page.evaluate(() => window.geograph.counts())).nodes - counts.nodes;
    if (added !== 60) throw new Error(`Run ${run}: the expansion added ${added} entities, not 60.`);
    if (errors.length || counts.nodes !== graph.nodes.length || counts.edges !== graph.edges.length)
      throw new Error(`Run ${run}: drew ${JSON.stringify(counts)} of ${graph.nodes.length}/${graph.edges.length}; errors: ${errors.join('; ')}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = x => `${Math.round(x)} ms`;
const phase = name => ms(median(phases.map(p => p[name])));
console.log(`dashboard, ${graph.nodes.length} nodes, ${graph.edges.length} edges, ${runs} runs, headless Chromium, ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}`);
console.log(`first render: median ${ms(median(renders))}, max ${ms(Math.max(...renders))} (target 2000 ms)`);
console.log(`  renderer CPU for page load and first render: median ${ms(median(cpu))}`);
console.log(`  phases (median): add ${phase('add')}, style ${phase('style')}, layout ${phase('layout')}, paint ${phase('paint')}`);
console.log(`expand node:  median ${ms(median(expands))}, max ${ms(Math.max(...expands))} (target 300 ms)`);
