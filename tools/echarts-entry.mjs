// The ECharts the dashboard needs and nothing more, bundled by esbuild from the npm
// package at build time (tools/build-echarts.mjs, a Trunk pre-build hook). This module
// holds what the overview draws — bar and pie charts, grid, tooltip, legend, ARIA with decal
// patterns, the SVG renderer — so the first view does not carry the rest. The indicator
// history's line chart and mark lines are a separate chunk, fetched the first time a chart
// is given a line series.
import { init as coreInit, use } from 'echarts/core';
// Deep imports, not the 'echarts/charts' barrels: through a barrel both chunks share,
// esbuild would put the line chart in the first view's chunk.
import { install as BarChart } from 'echarts/lib/chart/bar/install.js';
import { install as PieChart } from 'echarts/lib/chart/pie/install.js';
import { install as AriaComponent } from 'echarts/lib/component/aria/install.js';
import { install as GridComponent } from 'echarts/lib/component/grid/install.js';
import { install as LegendComponent } from 'echarts/lib/component/legend/install.js';
import { install as TooltipComponent } from 'echarts/lib/component/tooltip/install.js';
import { install as SVGRenderer } from 'echarts/lib/renderer/installSVGRenderer.js';

use([BarChart, PieChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

// The chunk's address is relative to this module, so it also loads when the dashboard is
// mounted on another site's page.
let lines;
let linesIn = false;
const loadLines = () => (lines ??= import('./echarts-lines.mjs').then(() => { linesIn = true; }));
const hasLines = (option) => [].concat(option?.series ?? []).some((s) => s?.type === 'line');

// What the app holds for a chart: the ECharts calls it makes (src/echarts.rs), passed to an
// instance. ECharts fixes an instance's layouts when it is created, so a chart created
// before the line chunk arrived cannot draw lines: given a line series, it fetches the chunk,
// then replaces its instance (keeping its event handlers) and applies the option. Doing this
// here keeps the wait out of the app, which calls init and setOption synchronously.
function init(el, theme, opts) {
  let chart = coreInit(el, theme, opts);
  let drawsLines = linesIn;
  let upgrade;
  const handlers = [];
  const renew = () => {
    if (chart.isDisposed() || drawsLines) return;
    chart.dispose();
    chart = coreInit(el, theme, opts);
    drawsLines = true;
    for (const [event, handler] of handlers) chart.on(event, handler);
  };
  return {
    setOption(option, ...rest) {
      if (drawsLines || !hasLines(option)) return chart.setOption(option, ...rest);
      upgrade ??= loadLines().then(renew);
      upgrade.then(
        () => chart.isDisposed() || chart.setOption(option, ...rest),
        // The app shows its "chart could not be drawn" notice; the table has the figures.
        (e) => { console.warn('Scorecard: the line chart part of ECharts could not be loaded.', e); if (!chart.isDisposed()) el.dispatchEvent(new Event('scorecard-chart-failed')); },
      );
    },
    on(event, handler) {
      handlers.push([event, handler]);
      chart.on(event, handler);
    },
    resize: (...a) => chart.resize(...a),
    dispatchAction: (...a) => chart.dispatchAction(...a),
    dispose: () => chart.dispose(),
  };
}

// Only what the app calls (src/echarts.rs): handing over the whole namespace would keep every
// export of ECharts' API in the bundle.
globalThis.echarts = { init };
