// ECharts for taking a chart out of the dashboard as an image (the export module,
// crates/scorecard-export, imports this file the first time a reader asks for one): every kind
// of chart the dashboard shows, with a title and a line of text drawn in, as SVG (ECharts'
// server-side rendering, no element needed) or as PNG (its canvas renderer, in an element
// kept off the screen). Bundled by tools/build-echarts.mjs beside echarts.js; never fetched for
// a view.
import { init, use } from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GraphicComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TitleComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

use([BarChart, LineChart, ScatterChart, AriaComponent, GraphicComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TitleComponent, CanvasRenderer, SVGRenderer]);

/** The chart as an SVG document. */
export function svg(option, width, height) {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption(JSON.parse(option));
  const text = chart.renderToSVGString();
  chart.dispose();
  return text;
}

/** The chart as PNG bytes, `scale` times its size. */
export function png(option, width, height, scale) {
  const el = document.createElement('div');
  el.style.position = 'fixed';
  el.style.left = '-10000px';
  el.style.top = '0';
  el.style.width = `${width}px`;
  el.style.height = `${height}px`;
  document.body.appendChild(el);
  try {
    const chart = init(el, null, { renderer: 'canvas', width, height, devicePixelRatio: scale });
    chart.setOption(JSON.parse(option));
    const url = chart.getDataURL({ type: 'png', pixelRatio: scale, backgroundColor: '#ffffff' });
    chart.dispose();
    const bytes = atob(url.slice(url.indexOf(',') + 1));
    return Uint8Array.from(bytes, (c) => c.charCodeAt(0));
  } finally {
    el.remove();
  }
}
