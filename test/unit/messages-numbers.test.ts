// Counts in the charts' and card's sentences carry thousands separators, as amounts do
// ("100000 actions", "27614 professionnels" at national scale before).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fundingMessages } from '../../src/funding-breakdown/messages.js';
import { staffingMessages } from '../../src/staffing-chart/messages.js';
import { cardMessages } from '../../src/action-card/messages.js';
import { loadLang } from '../../src/shared/i18n.js';

const NNBSP = '\u202f';

test('French sentences group digits with a narrow no-break space', () => {
  assert.equal(fundingMessages('fr').aggregateTitle(100000), `Financement de 100${NNBSP}000 actions`);
  assert.equal(staffingMessages('fr').aggregateTitle(100000), `Moyens humains de 100${NNBSP}000 actions`);
  assert.equal(staffingMessages('fr').headcount('salarie', 27614), `27${NNBSP}614 professionnels`);
  assert.equal(staffingMessages('fr').completeness(100000, 12345, 0), `Sur 100${NNBSP}000 actions, 12${NNBSP}345 sans moyens humains renseignés.`);
  assert.equal(cardMessages('fr').people(1200), `1${NNBSP}200 personnes`);
});

test('English sentences group digits with a comma', async () => {
  await loadLang('en');
  assert.equal(fundingMessages('en').aggregateTitle(100000), 'Funding of 100,000 actions');
  assert.equal(staffingMessages('en').headcount('benevole', 27614).startsWith('27,614 '), true);
});
