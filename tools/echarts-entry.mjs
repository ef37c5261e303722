// The ECharts the dashboard needs and nothing more, bundled by esbuild from the npm
// package at build time (a Trunk pre-build hook): bar, line and pie charts, grid,
// tooltip, legend, mark lines, ARIA with decal patterns, and the SVG renderer.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, PieChart, AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);
globalThis.echarts = echarts;
