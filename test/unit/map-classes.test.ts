import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classIndex, quantileClasses, rampStep } from '../../src/territory-map/classes.js';

test('quantile classes keep ties together: 1, 1, 1, 10, 25 make three classes', () => {
  // Ranks ⌊i·5/5⌋ = 1, 2, 3, 4 of the sorted values are 1, 1, 10, 25; the bounds equal to the minimum drop out.
  assert.deepEqual(quantileClasses([25, 1, 10, 1, 1]), {
    thresholds: [10, 25],
    classes: [
      { min: 1, max: 1, count: 3 },
      { min: 10, max: 10, count: 1 },
      { min: 25, max: 25, count: 1 },
    ],
  });
});

test('ten distinct values make five classes of two', () => {
  const { thresholds, classes } = quantileClasses([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  assert.deepEqual(thresholds, [3, 5, 7, 9]);
  assert.deepEqual(
    classes.map((c) => [c.min, c.max, c.count]),
    [
      [1, 2, 2],
      [3, 4, 2],
      [5, 6, 2],
      [7, 8, 2],
      [9, 10, 2],
    ],
  );
});

test('skewed figures: one big département gets a class of its own', () => {
  const { classes } = quantileClasses([1, 2, 2, 3, 3, 4, 5, 6, 8, 250]);
  assert.deepEqual(classes[classes.length - 1], { min: 8, max: 250, count: 2 });
  assert.equal(classes.reduce((s, c) => s + c.count, 0), 10);
});

test('no value, one value, equal values', () => {
  assert.deepEqual(quantileClasses([]), { thresholds: [], classes: [] });
  assert.deepEqual(quantileClasses([42]), { thresholds: [], classes: [{ min: 42, max: 42, count: 1 }] });
  assert.deepEqual(quantileClasses([7, 7, 7]), { thresholds: [], classes: [{ min: 7, max: 7, count: 3 }] });
  assert.deepEqual(quantileClasses([Number.NaN, 3]).classes, [{ min: 3, max: 3, count: 1 }]);
});

test('a value on a bound belongs to the upper class', () => {
  assert.equal(classIndex(2.99, [3, 5]), 0);
  assert.equal(classIndex(3, [3, 5]), 1);
  assert.equal(classIndex(5, [3, 5]), 2);
  assert.equal(classIndex(1e9, [3, 5]), 2);
  assert.equal(classIndex(0, []), 0);
});

test('classes spread over the five colours, a lone class takes the darkest', () => {
  assert.deepEqual([0, 1, 2, 3, 4].map((i) => rampStep(i, 5)), [0, 1, 2, 3, 4]);
  assert.deepEqual([0, 1, 2].map((i) => rampStep(i, 3)), [0, 2, 4]);
  assert.deepEqual([0, 1].map((i) => rampStep(i, 2)), [0, 4]);
  assert.deepEqual([0, 1, 2, 3].map((i) => rampStep(i, 4)), [0, 1, 3, 4]);
  assert.equal(rampStep(0, 1), 4);
});
