import { before, test } from 'node:test';
import { loadLang } from '../../src/shared/i18n.js';
import { SKI_STAY } from './ski-stay.js';
import assert from 'node:assert/strict';
import { csvField, csvNumber, fileSlug, toCsv } from '../../src/shared/export.js';
import { buildExportSvg, escapeXml, wrapText } from '../../src/shared/export-image.js';
import type { DataTableModel } from '../../src/shared/data-table.js';
import { fundingModel } from '../../src/funding-breakdown/model.js';
import { actionSchema } from '../../src/feed/schema.js';

// English strings are a chunk of their own, loaded on first use.
before(() => loadLang('en'));

test('csvNumber: decimal comma, no thousands separator, shares as percentages', () => {
  assert.equal(csvNumber(21280, 'money'), '21280');
  assert.equal(csvNumber(1234.5, 'money'), '1234,5');
  assert.equal(csvNumber(0.1 + 0.2, 'etp'), '0,3');
  assert.equal(csvNumber(6700 / 21280, 'percent'), '31,5');
  assert.equal(csvNumber(1, 'percent'), '100');
  assert.equal(csvNumber(-0.001, 'money'), '0');
});

test('csvField: quoting, and formulas neutralised', () => {
  assert.equal(csvField('Ville'), 'Ville');
  assert.equal(csvField('a;b'), '"a;b"');
  assert.equal(csvField('le "grand" centre'), '"le ""grand"" centre"');
  assert.equal(csvField('deux\nlignes'), '"deux\nlignes"');
  assert.equal(csvField('=HYPERLINK("x")'), '"\'=HYPERLINK(""x"")"');
  assert.equal(csvField('-5'), "'-5");
  assert.equal(csvField('@cmd'), "'@cmd");
  assert.equal(csvField(-5, 'number'), '-5');
  assert.equal(csvField(null), '');
});

const table: DataTableModel = {
  caption: 'Ressources',
  columns: [
    { label: 'Financeur', format: 'text' },
    { label: 'Montant (€)', format: 'money' },
    { label: 'Part (%)', format: 'percent' },
  ],
  rows: [
    ['CAF', 6700, 0.5],
    ['Ville; centre', 6700, 0.5],
  ],
  foot: [['Total', 13400, 1]],
};

test('toCsv: one table, byte for byte', () => {
  assert.equal(
    toCsv([table]),
    '\ufeffFinanceur;Montant (€);Part (%)\r\nCAF;6700;50\r\n"Ville; centre";6700;50\r\nTotal;13400;100\r\n',
  );
});

test('toCsv: several tables, each under its caption, an empty line between', () => {
  const other: DataTableModel = { caption: 'Dépenses', columns: [{ label: 'Poste', format: 'text' }, { label: 'ETP', format: 'etp' }], rows: [['Animation', 0.45]] };
  assert.equal(
    toCsv([table, other]),
    '\ufeffRessources\r\nFinanceur;Montant (€);Part (%)\r\nCAF;6700;50\r\n"Ville; centre";6700;50\r\nTotal;13400;100\r\n\r\nDépenses\r\nPoste;ETP\r\nAnimation;0,45\r\n',
  );
});

test('the ski stay as CSV, byte for byte, with UTF-8 BOM', () => {
  const ski = actionSchema.parse(SKI_STAY);
  const csv = toCsv(fundingModel([ski], 'type', 'revenues', 'fr').charts.map((c) => c.table));
  assert.equal(
    csv,
    '\ufeffType de financeur;Montant (€);Part (%)\r\n' +
      'CAF;6700;31,5\r\nCommune;4080;19,2\r\nUsagers et familles;6000;28,2\r\nAutofinancement;4500;21,1\r\nTotal;21280;100\r\n',
  );
  const bytes = new TextEncoder().encode(csv);
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
  const byFunder = toCsv(fundingModel([ski], 'funder', 'revenues', 'en').charts.map((c) => c.table));
  assert.equal(
    byFunder,
    '\ufeffFunder;Funder type;Amount (€);Share (%)\r\n' +
      'CAF;CAF (family allowances);6700;31,5\r\nParticipation des familles;Users and families;6000;28,2\r\n' +
      'Autofinancement;Own funds;4500;21,1\r\nVille;Municipality;4080;19,2\r\nTotal;;21280;100\r\n',
  );
});

test('approximate amounts get a note column', () => {
  const stage = actionSchema.parse({
    id: 'st',
    structureId: 's',
    title: 'Stages',
    budget: { expenses: [{ label: 'Prestation', amount: 6000, approximate: true }, { label: 'Hébergement', amount: 720 }] },
  });
  assert.equal(
    toCsv(fundingModel([stage], 'type', 'expenses', 'fr').charts.map((c) => c.table)),
    '\ufeffPoste de dépense;Montant (€);Part (%);Précision\r\nPrestation;6000;89,3;approximatif\r\nHébergement;720;10,7;\r\nTotal;6720;100;approximatif\r\n',
  );
});

test('fileSlug and escapeXml', () => {
  assert.equal(fileSlug('Mise en place séjour au ski « interquartier » !'), 'mise-en-place-sejour-au-ski-interquartier');
  assert.equal(fileSlug('***'), 'vitrine');
  const long = fileSlug('mot '.repeat(40));
  assert.equal(long, Array(25).fill('mot').join('-'));
  assert.ok(long.length <= 100);
  assert.equal(escapeXml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
});

test('buildExportSvg: a standalone document, feed text escaped', () => {
  const { svg, width, height } = buildExportSvg({
    title: 'Financement : <script>',
    subtitle: 'Budget : 100 €',
    blocks: [
      {
        heading: 'Ressources',
        legend: 'below',
        graphicWidth: 608,
        graphicHeight: 28,
        shapes: [{ d: 'M0,0h608v28h-608Z', fill: 'rgb(0, 114, 178)' }],
        rows: [{ color: 'rgb(0, 114, 178)', label: 'CAF & co', value: '100 € · 100 %' }],
      },
    ],
    notes: ['Note'],
    font: '"Segoe UI", sans-serif',
    text: '#000',
    muted: '#555',
    background: '#fff',
  });
  assert.equal(width, 640);
  assert.ok(svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" width="640" height="${height}"`));
  assert.ok(svg.includes('Financement : &lt;script&gt;'));
  assert.ok(svg.includes('CAF &amp; co'));
  assert.ok(svg.includes('font-family="&quot;Segoe UI&quot;, sans-serif"'));
  assert.ok(!svg.includes('<script'));
  // Baselines: title 34, subtitle 56, heading 86; bar 98–126; one row 138–160; +8, note at 186; 16 of padding.
  assert.equal(height, 202);
});

test('wrapText: lines cut between words, an over-long word clipped', () => {
  assert.deepEqual(wrapText('Moyens humains : ACTION INNOVATION SOCIALE ET SOLIDAIRE', 20), ['Moyens humains :', 'ACTION INNOVATION', 'SOCIALE ET SOLIDAIRE']);
  assert.deepEqual(wrapText('anticonstitutionnellement', 10), ['anticonst…']);
  assert.deepEqual(wrapText('court', 10), ['court']);
  assert.deepEqual(wrapText('Budget : 21\u202f280\u00a0€', 12), ['Budget :', '21\u202f280\u00a0€']);
});

test('neutralizeFormula: OWASP formula starts, after leading blanks and line breaks, and full-width signs', async () => {
  const { neutralizeFormula } = await import('../../src/shared/export.js');
  for (const text of ['=1+1', '+33 1', '-2', '@SUM(A1)', '\tx', '\rx', ' =1', '  +1', '\n=1', '\r\n@x', '\u00a0=1', '\u3000-1', '＝1+1', '＋1', '－1', '＠x', ' ＝1', '\ufeff=1']) {
    assert.equal(neutralizeFormula(text), `'${text}`, JSON.stringify(text));
  }
  for (const text of ['Ville', 'a=b', '1-2', 'mail@exemple.fr', '', ' ', '— tiret', '«=»']) assert.equal(neutralizeFormula(text), text, JSON.stringify(text));
  assert.equal(csvField(' =HYPERLINK("x")'), '"\' =HYPERLINK(""x"")"');
  assert.equal(csvField('\n=1'), '"\'\n=1"');
  assert.equal(csvField('＝1'), "'＝1");
});

test('escapeXml: markup escaped, and what XML 1.0 cannot hold (NUL, controls, lone surrogates) replaced', async () => {
  const { escapeXml, svgDataUrl } = await import('../../src/shared/export-image.js');
  assert.equal(escapeXml('a<b>&"\''), 'a&lt;b&gt;&amp;&quot;&apos;');
  assert.equal(escapeXml('a\u0000b\u0008c\u000bd\u001fe\uffff'), 'a\ufffdb\ufffdc\ufffdd\ufffde\ufffd');
  assert.equal(escapeXml('tab\tline\nret\r'), 'tab\tline\nret\r');
  assert.equal(escapeXml('x\ud800y\udc00z'), 'x\ufffdy\ufffdz');
  assert.equal(escapeXml('emoji 😀 kept'), 'emoji 😀 kept');
  const url = svgDataUrl('<svg>é\ud800</svg>');
  assert.ok(url.startsWith('data:image/svg+xml;base64,'));
  assert.equal(new TextDecoder().decode(Buffer.from(url.split(',')[1]!, 'base64')), '<svg>é\ufffd</svg>');
});
