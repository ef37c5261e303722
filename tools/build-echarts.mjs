// Trunk pre-build hook: bundles ECharts from the npm package into target/echarts/ (copied to
// dist/echarts/echarts.js): one file, fetched by the app the first time a view shows a
// history chart. The directory is emptied first so old files do not linger in the build and
// in the service worker's file list.
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'target', 'echarts');
fs.rmSync(out, { recursive: true, force: true });
await esbuild.build({
  // The dashboard's charts; and, fetched only when a reader takes a chart out as an image,
  // ECharts for that (tools/echarts-export-entry.mjs).
  entryPoints: { echarts: path.join(root, 'tools', 'echarts-entry.mjs'), 'echarts-export': path.join(root, 'tools', 'echarts-export-entry.mjs') },
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2020',
  legalComments: 'none',
  logLevel: 'warning',
  outdir: out,
});
