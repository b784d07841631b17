import { describe, expect, it } from 'vitest';
import { listNames, sh } from './finding';

describe('sh', () => {
  it('leaves resource names bare and quotes what a shell would mangle', () => {
    expect(sh('orders.v2~x+y%z')).toBe('orders.v2~x+y%z');
    expect(sh('https://a.example.com/p?x=1&y=2')).toBe("'https://a.example.com/p?x=1&y=2'");
    expect(sh("it's")).toBe(`'it'\\''s'`);
  });
});

describe('listNames', () => {
  it('joins naturally and truncates long lists', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['a'])).toBe('a');
    expect(listNames(['a', 'b', 'c'])).toBe('a, b and c');
    expect(listNames(['a', 'b', 'c', 'd'], 2)).toBe('a, b and 2 more');
  });
});
