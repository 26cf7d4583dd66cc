import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFilters, writeFilters } from '../../src/feed/url-state.js';
import type { DashboardFilters } from '../../src/feed/dashboard.js';

test('reads the filters of a query string', () => {
  assert.deepEqual(readFilters('?departement=62&keyword=Sant%C3%A9'), { departement: '62', keyword: 'Santé' });
  assert.deepEqual(readFilters('departement=2a&status=terminee&funder=caf&year=2014&q=+ski++jeunes+&public=Familles&dimension=Citoyennet%C3%A9'), {
    q: 'ski jeunes',
    departement: '2A',
    public: 'Familles',
    dimension: 'Citoyenneté',
    status: 'terminee',
    funder: 'caf',
    year: 2014,
  });
});

test('ignores values that cannot be filters and parameters it does not own', () => {
  assert.deepEqual(readFilters('?departement=99&status=fini&funder=ville&year=abc&keyword=%20&id=story'), {});
  assert.deepEqual(readFilters('?year=1800'), {});
  assert.deepEqual(readFilters('?year=2014.5'), {});
  assert.deepEqual(readFilters('?departement=974&year=2100'), { departement: '974', year: 2100 });
  assert.equal(readFilters(`?q=${'a'.repeat(300)}`).q!.length, 200);
});

test('writes the filters in a fixed order after the page’s own parameters', () => {
  assert.equal(writeFilters('', { departement: '62', keyword: 'Santé' }), '?departement=62&keyword=Sant%C3%A9');
  assert.equal(writeFilters('?year=2014&keyword=x', { keyword: 'Santé', departement: '62' }), '?departement=62&keyword=Sant%C3%A9');
  assert.equal(
    writeFilters('?id=story&keyword=old&viewMode=story', { year: 2014, q: 'ski jeunes' }),
    '?id=story&viewMode=story&q=ski+jeunes&year=2014',
  );
  assert.equal(writeFilters('?keyword=x&status=terminee', {}), '');
  assert.equal(writeFilters('?lang=en', { keyword: '' }), '?lang=en');
});

test('what is written reads back the same', () => {
  const filters: DashboardFilters = {
    q: 'l’été & co',
    departement: '2B',
    keyword: 'Démocratie & citoyenneté',
    public: 'Jeunes = adultes?',
    dimension: 'Lutte contre l’exclusion',
    status: 'en-projet',
    funder: 'autofinancement',
    year: 2018,
  };
  assert.deepEqual(readFilters(writeFilters('?page=2', filters)), filters);
});
