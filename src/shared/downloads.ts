/**
 * Everything a download needs, in the one chunk fetched on the first download (chart.ts loadExport): the code that
 * writes files (export.ts) and the charts' export documents, which a page showing its figures never runs.
 *
 * What these modules import from vitrine.js must stay leaf modules (format.ts, the charts' layouts and messages).
 * When this chunk imported shared/chart.ts, data-table.ts (and so Lit) or the staffing model, the bundler moved Lit,
 * loaded.ts, funders.ts… out of vitrine.js into static chunks, a round trip on every page (check-size.mjs refuses
 * it): that is why barPath lives in the funding layout and formatShare, formatMeasure in format.ts.
 */
export { csvBlob, downloadBlob, exportChart, fileSlug, toCsv } from './export.js';
export { exportFunding } from '../funding-breakdown/export.js';
export { exportStaffing } from '../staffing-chart/export.js';
