/**
 * Charts as image files: a standalone SVG (title, graphic, legend, notes) with the
 * colours the page resolves inlined, and a PNG drawn from it. The PNG is rendered
 * from a `data:` image, which a strict Content-Security-Policy still allows for
 * images (no inline script, no remote fetch). Loaded on demand by shared/chart.ts.
 */
import { closeBidi } from './bidi.js';

/**
 * Characters XML 1.0 forbids (C0 controls but tab and line breaks, U+FFFE/U+FFFF) and UTF-16 halves without their
 * pair: one NUL or lone surrogate in a label would make the whole file not well-formed.
 */
const NOT_XML = /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as XML character data: what XML cannot hold becomes U+FFFD, markup characters are escaped. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\ufffd')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** An SVG document as a `data:` URL, base64 of its UTF-8 (encodeURIComponent throws a URIError on a lone surrogate). */
export function svgDataUrl(svgText: string): string {
  const bytes = new TextEncoder().encode(svgText);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

/**
 * The value a colour expression takes on the page (custom properties resolved, so the
 * exported file keeps the site's theme). `probe` is any element of the chart's tree.
 */
export function resolveColor(probe: HTMLElement, value: string): string {
  const previous = probe.style.color;
  probe.style.color = value;
  const resolved = getComputedStyle(probe).color;
  probe.style.color = previous;
  return resolved;
}

/** A PNG of an SVG document, at `scale` device pixels per CSS pixel, on a white ground. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const img = new Image();
  img.width = width;
  img.height = height;
  img.src = svgDataUrl(svgText);
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas unavailable');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** One legend line of an exported chart. */
export interface ExportRow {
  color: string;
  label: string;
  value: string;
}

/** One chart of an export: its shapes (already laid out, in a box of `height`) and legend. */
export interface ExportBlock {
  heading: string;
  /** `side`: legend beside the graphic (donut); `below`: under it (bars). */
  legend: 'side' | 'below';
  graphicWidth: number;
  graphicHeight: number;
  shapes: readonly { d: string; fill: string }[];
  /**
   * The shapes' own coordinates (a map's units), scaled into the graphic's box and clipped to it; without it,
   * shapes are laid out in px from the box's corner.
   */
  view?: { x: number; y: number; width: number; height: number };
  /** Lines written in the middle of the graphic (a donut's total). */
  center?: readonly string[];
  rows: readonly ExportRow[];
}

export interface ExportDocument {
  title: string;
  subtitle?: string;
  blocks: readonly ExportBlock[];
  notes: readonly string[];
  font: string;
  text: string;
  muted: string;
  background: string;
}

export const EXPORT_WIDTH = 640;
const PAD = 16;
const ROW = 22;
const LABEL_CHARS = 40;

/**
 * Lines of at most `max` characters, cut between words (SVG text does not wrap).
 * Character counts stand in for widths: an export is laid out without a browser's
 * text metrics, and these sizes keep lines inside 640 px with common fonts.
 */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  // Only ordinary spaces break a line: Intl puts no-break spaces inside amounts (21 280 €).
  for (const word of text.split(/[ \t\r\n]+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => clip(l, max));
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * A standalone SVG document (title, charts with legends, notes) at a fixed width,
 * so an exported image reads the same whatever the width of the page it came from.
 */
export function buildExportSvg(doc: ExportDocument): { svg: string; width: number; height: number } {
  const W = EXPORT_WIDTH;
  const parts: string[] = [];
  const text = (x: number, y: number, body: string, attrs = '') =>
    parts.push(`<text x="${x}" y="${y}"${attrs}>${escapeXml(closeBidi(body))}</text>`);
  /** Writes wrapped lines from baseline `y + first`, `step` apart; returns the last baseline. */
  const lines = (y: number, first: number, step: number, body: string, max: number, attrs: string) => {
    wrapText(body, max).forEach((line, i) => text(PAD, (y += i ? step : first), line, attrs));
    return y;
  };
  let y = lines(PAD, 18, 22, doc.title, 54, ' font-size="18" font-weight="700"');
  if (doc.subtitle) y = lines(y, 22, 18, doc.subtitle, 80, ` font-size="14" fill="${escapeXml(doc.muted)}"`);
  for (const block of doc.blocks) {
    y = lines(y, 30, 19, block.heading, 64, ' font-size="15" font-weight="700"');
    y += 12;
    const gx = PAD;
    const gy = y;
    const v = block.view;
    // Borders stay 1 px wide whatever the scale of the shapes' units.
    const stroke = v ? v.width / block.graphicWidth : 1;
    const shapes = block.shapes
      .map((s) => `<path d="${s.d}" fill="${escapeXml(s.fill)}" stroke="${escapeXml(doc.background)}" stroke-width="${stroke}"/>`)
      .join('');
    parts.push(
      v
        ? `<svg x="${gx}" y="${gy}" width="${block.graphicWidth}" height="${block.graphicHeight}" viewBox="${v.x} ${v.y} ${v.width} ${v.height}">${shapes}</svg>`
        : `<g transform="translate(${gx},${gy})">${shapes}</g>`,
    );
    (block.center ?? []).forEach((line, i, all) =>
      text(
        gx + block.graphicWidth / 2,
        gy + block.graphicHeight / 2 + (i - (all.length - 1) / 2) * 20 + 5,
        line,
        ` text-anchor="middle" font-size="${i === 0 ? 16 : 12}"${i === 0 ? ' font-weight="700"' : ` fill="${escapeXml(doc.muted)}"`}`,
      ),
    );
    const side = block.legend === 'side';
    const lx = side ? gx + block.graphicWidth + 24 : PAD;
    let ly = side ? gy + Math.max(0, (block.graphicHeight - block.rows.length * ROW) / 2) : gy + block.graphicHeight + 12;
    const labelChars = side ? Math.floor(LABEL_CHARS * 0.7) : LABEL_CHARS;
    for (const row of block.rows) {
      parts.push(`<rect x="${lx}" y="${ly + 4}" width="12" height="12" fill="${escapeXml(row.color)}"/>`);
      text(lx + 18, ly + 15, clip(row.label, labelChars), ' font-size="13"');
      text(W - PAD, ly + 15, row.value, ' font-size="13" text-anchor="end"');
      ly += ROW;
    }
    y = Math.max(gy + block.graphicHeight, ly);
  }
  y += 8;
  for (const note of doc.notes) y = lines(y, 18, 16, note, 100, ` font-size="12" fill="${escapeXml(doc.muted)}"`);
  const height = Math.ceil(y + PAD);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" ` +
    `font-family="${escapeXml(doc.font)}" fill="${escapeXml(doc.text)}">` +
    `<rect width="${W}" height="${height}" fill="${escapeXml(doc.background)}"/>${parts.join('')}</svg>`;
  return { svg, width: W, height };
}
