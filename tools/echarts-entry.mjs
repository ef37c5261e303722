// The ECharts the dashboard needs and nothing more, bundled by esbuild from the npm
// package at build time (tools/build-echarts.mjs, a Trunk pre-build hook): the indicator
// history's line chart with its mark lines; the comparison's field of councils (scatter, with
// quartile bands as mark areas) and rank over time; grid, tooltip, legend, ARIA with decal
// patterns and the SVG renderer. The overview's counts are drawn by the app itself, so no view
// fetches this file until it shows a history (src/echarts.rs).
import { getInstanceByDom, init, use } from 'echarts/core';
import { LineChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([LineChart, ScatterChart, AriaComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

// Only what the app calls (src/echarts.rs; and the chart export module, which reads a chart's
// option from it): handing over the whole namespace would keep every export of ECharts' API in
// the bundle.
globalThis.echarts = { init, getInstanceByDom };
