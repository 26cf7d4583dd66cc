// The ski stay's funding as a Chart.js 4 doughnut, tree-shaken (only the controller, element and plugins drawn),
// as a centre's developer would write it: the data is fetched as JSON, animations off so the first frame is final.
import { ArcElement, Chart, DoughnutController, Legend, Title, Tooltip } from 'chart.js';
import { paintedWhenDrawn, type Funding } from './painted.js';

Chart.register(DoughnutController, ArcElement, Legend, Title, Tooltip);

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const funding: Funding = await (await fetch('./ski.json')).json();

new Chart(document.querySelector<HTMLCanvasElement>('#chart')!, {
  type: 'doughnut',
  data: {
    labels: funding.funders.map((f) => f.label),
    datasets: [{ data: funding.funders.map((f) => f.amount), backgroundColor: funding.funders.map((f) => f.color) }],
  },
  options: {
    animation: false,
    maintainAspectRatio: false,
    plugins: {
      title: { display: true, text: `Financement : ${euros.format(funding.total)}` },
      legend: { position: 'right' },
      tooltip: { callbacks: { label: (item) => `${item.label} : ${euros.format(Number(item.raw))}` } },
    },
  },
});
paintedWhenDrawn();
