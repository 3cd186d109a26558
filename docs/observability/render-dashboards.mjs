// Draws every Grafana dashboard of deploy/observability/dashboards with real data and screenshots it into
// docs/observability/<dashboard>.png. Grafana itself cannot be installed here (no Debian package, not on npm or Maven
// Central), so this reads the same dashboard JSON Grafana loads, runs each panel's PromQL against a Prometheus
// (query_range) and draws the series with Chart.js in the panel's grid position; headless Chromium takes the picture.
//
//   cd docs/observability && npm install && node render-dashboards.mjs [prometheus-url] [minutes] [end, ISO time]
//
// Defaults: http://127.0.0.1:20090, 30 minutes, ending now. CHROMIUM_PATH (default /usr/bin/chromium).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const dashboards = join(here, '../../deploy/observability/dashboards');
const prometheus = process.argv[2] ?? 'http://127.0.0.1:20090';
const minutes = Number(process.argv[3] ?? 30);
const chartJs = readFileSync(join(here, 'node_modules/chart.js/dist/chart.umd.min.js'), 'utf8');

const end = Math.floor((process.argv[4] ? Date.parse(process.argv[4]) : Date.now()) / 1000);
const start = end - minutes * 60;
const step = Math.max(15, Math.floor((end - start) / 120));

async function query(expr) {
  const url = `${prometheus}/api/v1/query_range?${new URLSearchParams({ query: expr, start, end, step })}`;
  const body = await (await fetch(url)).json();
  if (body.status !== 'success') throw new Error(`${expr}: ${body.error}`);
  return body.data.result;
}

function legend(format, metric) {
  return (format || '{{__name__}}').replace(/\{\{\s*(\w+)\s*\}\}/g, (_, label) => metric[label] ?? '');
}

async function panelData(panel) {
  const series = [];
  for (const target of panel.targets) {
    for (const result of await query(target.expr)) {
      series.push({
        label: legend(target.legendFormat, result.metric) || target.refId,
        points: result.values.map(([t, v]) => [t, Number(v)]),
      });
    }
  }
  return { title: panel.title, unit: panel.fieldConfig?.defaults?.unit ?? 'short', grid: panel.gridPos, series };
}

function page(dashboard, file, panels) {
  const rows = Math.max(...panels.map((p) => p.grid.y + p.grid.h));
  const from = new Date(start * 1000).toISOString().slice(0, 16).replace('T', ' ');
  const to = new Date(end * 1000).toISOString().slice(11, 16);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
  body { margin: 0; background: #111217; color: #ccccdc; font: 13px system-ui, sans-serif; }
  header { padding: 10px 16px; border-bottom: 1px solid #2c2d33; }
  header h1 { font-size: 18px; margin: 0 0 4px; color: #fff; } header p { margin: 0; color: #8e8e9a; }
  main { display: grid; grid-template-columns: repeat(24, 1fr); grid-template-rows: repeat(${rows}, 30px);
         gap: 8px; padding: 8px; width: 1584px; }
  section { background: #181b1f; border: 1px solid #2c2d33; border-radius: 3px; padding: 6px 8px; display: flex;
            flex-direction: column; min-height: 0; }
  section h2 { font-size: 13px; margin: 0 0 4px; color: #fff; font-weight: 500; }
  section div { position: relative; flex: 1; min-height: 0; } .empty { color: #8e8e9a; margin: auto; }
  </style><script>${chartJs}</script></head><body>
  <header><h1>${dashboard.title}</h1><p>deploy/observability/dashboards/${file} — every panel's query run on
  Prometheus (${prometheus}), ${from}–${to} UTC, step ${step}s; drawn with Chart.js in the dashboard's grid</p></header>
  <main>${panels.map((p, i) => `<section style="grid-column: ${p.grid.x + 1} / span ${p.grid.w};
    grid-row: ${p.grid.y + 1} / span ${p.grid.h}"><h2>${p.title}</h2><div>${p.series.length
      ? `<canvas id="c${i}"></canvas>` : '<p class="empty">No data</p>'}</div></section>`).join('')}</main>
  <script>
  const panels = ${JSON.stringify(panels)};
  const colors = ['#73bf69', '#f2cc0c', '#8ab8ff', '#ff780a', '#f2495c', '#5794f2', '#b877d9', '#fade2a', '#c4162a', '#96d98d'];
  const units = { percentunit: (v) => (v * 100).toFixed(1) + ' %', bytes: (v) => (v / 1048576).toFixed(0) + ' MiB',
    s: (v) => (v < 1 ? (v * 1000).toFixed(0) + ' ms' : v.toFixed(2) + ' s'), reqps: (v) => v.toFixed(2) + ' req/s',
    ops: (v) => v.toFixed(2) + ' ops/s' };
  panels.forEach((p, i) => {
    if (!p.series.length) return;
    const format = units[p.unit] ?? ((v) => (Math.abs(v) >= 1000 ? v.toFixed(0) : +v.toFixed(2)));
    new Chart(document.getElementById('c' + i), {
      type: 'line',
      data: { datasets: p.series.map((s, j) => ({ label: s.label, data: s.points.map(([t, v]) => ({ x: t * 1000, y: v })),
        borderColor: colors[j % colors.length], backgroundColor: colors[j % colors.length], borderWidth: 1.5,
        pointRadius: 0, spanGaps: true })) },
      options: { animation: false, maintainAspectRatio: false, responsive: true,
        scales: { x: { type: 'linear', min: ${start * 1000}, max: ${end * 1000}, ticks: { color: '#8e8e9a', maxTicksLimit: 7,
          callback: (v) => new Date(v).toISOString().slice(11, 16) }, grid: { color: '#2c2d33' } },
          y: { beginAtZero: true, ticks: { color: '#8e8e9a', callback: format }, grid: { color: '#2c2d33' } } },
        plugins: { legend: { position: 'bottom', labels: { color: '#ccccdc', boxWidth: 10, font: { size: 11 } } } } },
    });
  });
  window.rendered = true;
  </script></body></html>`;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const summary = [];
  for (const file of readdirSync(dashboards).filter((f) => f.endsWith('.json')).sort()) {
    const dashboard = JSON.parse(readFileSync(join(dashboards, file), 'utf8'));
    const panels = [];
    for (const panel of dashboard.panels) panels.push(await panelData(panel));
    const tab = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    await tab.setContent(page(dashboard, file, panels));
    await tab.waitForFunction(() => window.rendered === true);
    const png = join(here, file.replace('.json', '.png'));
    await tab.screenshot({ path: png, fullPage: true });
    await tab.close();
    const withData = panels.filter((p) => p.series.length).length;
    summary.push(`${file.replace('.json', '.png')}: ${withData} of ${panels.length} panels with data`);
  }
  writeFileSync(join(here, 'rendered.txt'), `rendered ${new Date().toISOString()} from ${prometheus}, window ${new Date(start * 1000).toISOString()} to ${new Date(end * 1000).toISOString()}\n${summary.join('\n')}\n`);
  console.log(summary.join('\n'));
} finally {
  await browser.close();
}
