// The départements choropleth with ECharts (echarts/core: map series, visualMap, tooltip, canvas renderer).
// Geometry: the project's own src/geo/france.topo.json, turned into GeoJSON by the bench's build (ECharts reads
// GeoJSON), already projected, so the map is registered with an identity projection. The counts per département
// are fetched beside it, in parallel.
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { paintedWhenDrawn } from './painted.js';

echarts.use([MapChart, VisualMapComponent, TooltipComponent, CanvasRenderer]);

const [geo, counts] = await Promise.all([
  fetch('./departements.geo.json').then((r) => r.json()),
  fetch('./map-data.json').then((r) => r.json() as Promise<{ code: string; name: string; actions: number }[]>),
]);
echarts.registerMap('france', geo);

echarts.init(document.querySelector<HTMLElement>('#chart')!).setOption({
  animation: false,
  aria: { enabled: true },
  tooltip: { trigger: 'item' },
  visualMap: { min: 0, max: Math.max(...counts.map((c) => c.actions)), left: 'left', bottom: 0, calculable: false },
  series: [
    {
      type: 'map',
      map: 'france',
      nameProperty: 'code',
      // Pre-projected planar coordinates, y pointing down: drawn as they are.
      projection: { project: (point: number[]) => point, unproject: (point: number[]) => point },
      data: counts.map((c) => ({ name: c.code, value: c.actions })),
    },
  ],
});
paintedWhenDrawn();
