import { describe, expect, it } from 'vitest';
import { displayRef, formatBytes, formatDuration, gcloudDuration } from './format';

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [10, '10 s'],
    [0.5, '0.5 s'],
    [60, '1 min'],
    [90, '1 min 30 s'],
    [600, '10 min'],
    [3_600, '1 h'],
    [5_400, '1 h 30 min'],
    [86_400, '1 day'],
    [7 * 86_400, '7 days'],
    [31 * 86_400, '31 days'],
    [86_400 + 300, '1 day 5 min'],
    // two units at most, truncated: never rounds up into a longer period
    [2 * 86_400 - 1, '1 day 23 h'],
    [90_061, '1 day 1 h'],
  ])('%s s → %s', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });

  it('shows a dash for nonsense', () => {
    expect(formatDuration(-1)).toBe('—');
    expect(formatDuration(Number.NaN)).toBe('—');
  });
});

describe('gcloudDuration', () => {
  it('uses the largest exact unit', () => {
    expect(gcloudDuration(7 * 86_400)).toBe('7d');
    expect(gcloudDuration(7_200)).toBe('2h');
    expect(gcloudDuration(600)).toBe('10m');
    expect(gcloudDuration(45)).toBe('45s');
  });
});

describe('formatBytes', () => {
  it('uses decimal units', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(10_000_000)).toBe('10 MB');
    expect(formatBytes(1_500_000_000)).toBe('1.5 GB');
  });
});

describe('displayRef', () => {
  it('shows the project only across projects', () => {
    expect(displayRef({ project: 'p1', name: 'orders' }, 'p1')).toBe('orders');
    expect(displayRef({ project: 'p2', name: 'orders' }, 'p1')).toBe('p2/orders');
  });
});
