import { describe, expect, it } from 'vitest';
import { checkProjectId, checkResourceName, decodeParam, encodeSegment, parseResourcePath, urls } from './names';

describe('checkResourceName', () => {
  it.each(['orders', 'a.b~c+d%e', 'Orders_2024-v1', 'x'.repeat(255)])('accepts %s', (n) => {
    expect(checkResourceName(n)).toEqual({ ok: true });
  });

  it.each([
    ['ab', /too short/],
    ['x'.repeat(256), /at most 255/],
    ['1orders', /start with a letter/],
    ['google-things', /must not start with "goog"/],
    ['orders/evil', /contains "\/"/],
    ['ord ers', /contains " "/],
    ['été-orders', /contains "é": only ASCII letters/],
  ])('rejects %s saying why', (n, reason) => {
    const r = checkResourceName(n);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(reason);
  });
});

describe('checkProjectId', () => {
  it.each(['pubscope-demo', 'my-project-123', 'example.com:my-project'])('accepts %s', (p) => {
    expect(checkProjectId(p).ok).toBe(true);
  });
  it.each(['Upper-Case', 'short', 'ends-with-', '1starts-digit', 'x'.repeat(31)])('rejects %s', (p) => {
    expect(checkProjectId(p).ok).toBe(false);
  });
});

describe('URL encoding of names', () => {
  const odd = 'a.b~c+d%e';

  it('encodes + and % so they survive a URL path', () => {
    expect(encodeSegment(odd)).toBe('a.b~c%2Bd%25e');
    expect(urls.topic({ project: 'p-roject', name: odd })).toBe('/projects/p-roject/topics/a.b~c%2Bd%25e');
  });

  it('decodes exactly once', () => {
    expect(decodeParam(encodeSegment(odd))).toBe(odd);
    // A name that itself looks encoded ("a%25b") must come back as typed, not decoded twice to "a%b".
    expect(decodeParam(encodeSegment('a%25b'))).toBe('a%25b');
  });

  it('leaves malformed escapes as they are instead of throwing', () => {
    expect(decodeParam('abc%zz')).toBe('abc%zz');
  });
});

describe('parseResourcePath', () => {
  it('splits a full path', () => {
    expect(parseResourcePath('projects/p1/topics/a.b', 'topics')).toEqual({ project: 'p1', name: 'a.b' });
  });
  it('returns null for the deleted-topic marker and other collections', () => {
    expect(parseResourcePath('_deleted-topic_', 'topics')).toBeNull();
    expect(parseResourcePath('projects/p1/subscriptions/s', 'topics')).toBeNull();
  });
});
