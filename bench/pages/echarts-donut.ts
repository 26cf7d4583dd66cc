// The ski stay's funding as an ECharts pie with a hole, through echarts/core (only the pie, title, legend,
// tooltip and the canvas renderer are bundled). Data fetched as JSON, animations off.
import * as echarts from 'echarts/core';
import { PieChart } from 'echarts/charts';
import { LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { paintedWhenDrawn, type Funding } from './painted.js';

echarts.use([PieChart, TitleComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const funding: Funding = await (await fetch('./ski.json')).json();

echarts.init(document.querySelector<HTMLElement>('#chart')!, null, { locale: 'FR' }).setOption({
  animation: false,
  aria: { enabled: true },
  title: { text: `Financement : ${euros.format(funding.total)}`, left: 'center' },
  tooltip: { trigger: 'item', valueFormatter: (v: unknown) => euros.format(Number(v)) },
  legend: { orient: 'vertical', right: 0, top: 'middle' },
  series: [
    {
      type: 'pie',
      radius: ['45%', '75%'],
      center: ['40%', '55%'],
      data: funding.funders.map((f) => ({ name: f.label, value: f.amount, itemStyle: { color: f.color } })),
    },
  ],
});
paintedWhenDrawn();
