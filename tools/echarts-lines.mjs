// Line charts and mark lines for the indicator history: loaded by echarts-entry.mjs on
// first use, so the overview's first load does not include them.
import { use } from 'echarts/core';
import { install as LineChart } from 'echarts/lib/chart/line/install.js';
import { install as MarkLineComponent } from 'echarts/lib/component/marker/installMarkLine.js';

use([LineChart, MarkLineComponent]);
