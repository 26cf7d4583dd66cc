/** The embed-code builder's snippets, exactly: what a webmaster pastes must be what the builder previewed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embedCss, embedFor, embedHtml, embedShortcode, escapeAttribute, safeColour, safeUrl, type EmbedChoice } from '../../demo/builder/snippet.js';

const card: EmbedChoice = {
  element: 'action-card',
  feedUrl: '/vitrine/feed.json',
  folder: '/vitrine/',
  action: { id: 'halte-repit', title: 'Halte répit' },
};

test('a card: the self-hosted script, the tag and its fallback link, defaults left out', () => {
  const embed = embedFor(card)!;
  assert.equal(
    embedHtml(embed),
    [
      '<script type="module" src="/vitrine/vitrine.js"></script>',
      '<action-card src="/vitrine/feed.json" action-id="halte-repit">',
      '  <a href="/vitrine/feed.json">Halte répit</a>',
      '</action-card>',
    ].join('\n'),
  );
  assert.equal(embedShortcode(embed), '[vitrine element="action-card" action="halte-repit" feed="/vitrine/feed.json"]<a href="/vitrine/feed.json">Halte répit</a>[/vitrine]');
  assert.equal(embedCss(embed), '');
});

test('options other than the defaults are written, in English, with the colours as custom properties', () => {
  const embed = embedFor({
    ...card,
    element: 'funding-breakdown',
    folder: '/assets/vitrine',
    type: 'bar',
    groupBy: 'funder',
    variant: 'full', // not an option of the chart: ignored
    lang: 'en',
    action: { id: 'halte-repit', title: 'Halte répit', url: 'https://centre.example/halte' },
    colours: { accent: '#6A1B9A', text: 'red; background: url(x)', surface: '#fff' },
  })!;
  assert.equal(embedFor({ ...card, colours: { accent: '#0B5CAD', text: '#1f2328' } })!.style.length, 0, 'the defaults need no rule');
  assert.equal(
    embedHtml(embed),
    [
      '<script type="module" src="/assets/vitrine/vitrine.js"></script>',
      '<funding-breakdown src="/vitrine/feed.json" action-id="halte-repit" type="bar" group-by="funder" lang="en">',
      '  <a href="https://centre.example/halte">Halte répit</a>',
      '</funding-breakdown>',
    ].join('\n'),
  );
  assert.equal(embedCss(embed), 'funding-breakdown {\n  --vitrine-color-accent: #6a1b9a;\n  --vitrine-color-surface: #fff;\n}');
  assert.equal(
    embedShortcode(embed),
    '[vitrine element="funding-breakdown" action="halte-repit" feed="/vitrine/feed.json" type="bar" group-by="funder" lang="en"]<a href="https://centre.example/halte">Halte répit</a>[/vitrine]',
  );
});

test('a title and a feed URL from outside are escaped wherever they land', () => {
  const embed = embedFor({
    ...card,
    feedUrl: '/flux.json?a="><script>alert(1)</script>&b=[x]',
    action: { id: 'halte-repit', title: '<img src=x onerror=alert(1)> & "Halte" [/vitrine] l\'été', url: 'javascript:alert(1)' },
  })!;
  assert.equal(
    embedHtml(embed),
    [
      '<script type="module" src="/vitrine/vitrine.js"></script>',
      '<action-card src="/flux.json?a=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;b=[x]" action-id="halte-repit">',
      '  <a href="/flux.json?a=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;b=[x]">&lt;img src=x onerror=alert(1)&gt; &amp; "Halte" [/vitrine] l\'été</a>',
      '</action-card>',
    ].join('\n'),
  );
  assert.equal(
    embedShortcode(embed),
    '[vitrine element="action-card" action="halte-repit" feed="/flux.json?a=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&b=%5Bx%5D"]' +
      '<a href="/flux.json?a=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;b=&#91;x&#93;">&lt;img src=x onerror=alert(1)&gt; &amp; "Halte" &#91;/vitrine&#93; l\'été</a>[/vitrine]',
  );
  assert.equal(escapeAttribute(`a'b"c<d>&`), 'a&#39;b&quot;c&lt;d&gt;&amp;');
});

test('feed URLs: a path or http(s) only; colours: hex only', () => {
  assert.equal(safeUrl('  sample-feed.json '), 'sample-feed.json');
  assert.equal(safeUrl('/vitrine/feed.json?v=a:b'), '/vitrine/feed.json?v=a:b');
  assert.equal(safeUrl('https://centre.example/feed.json'), 'https://centre.example/feed.json');
  for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:application/json,{}', '//evil.example/f.json', '\\\\evil', 'a\nb', '', 'https://']) {
    assert.equal(safeUrl(bad), undefined, bad);
  }
  assert.equal(embedFor({ ...card, feedUrl: 'javascript:alert(1)' }), undefined);
  assert.equal(safeColour('#ABCDEF'), '#abcdef');
  assert.equal(safeColour('#abcd'), undefined);
  assert.equal(safeColour('red'), undefined);
});

test('a card needs an action with a valid id; an aggregate falls back to the feed’s title', () => {
  assert.equal(embedFor({ ...card, action: undefined }), undefined);
  assert.equal(embedFor({ ...card, action: { id: 'Bad Id"', title: 'x' } }), undefined);
  const map = embedFor({ ...card, element: 'territory-map', metric: 'budget', feedTitle: 'Centre des Tilleuls', action: { id: 'halte-repit', title: 'Halte' } })!;
  assert.deepEqual(map.attributes, [['src', '/vitrine/feed.json'], ['metric', 'budget']]);
  assert.deepEqual(map.fallback, { href: '/vitrine/feed.json', text: 'Centre des Tilleuls' });
  const list = embedFor({ ...card, element: 'action-list', lang: 'en', action: undefined })!;
  assert.deepEqual(list.fallback, { href: '/vitrine/feed.json', text: 'Our actions (data)' });
  assert.equal(embedFor({ ...card, element: 'staffing-chart', action: undefined })!.attributes.length, 1);
});
