import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError, toApiError } from './errors';

describe('toApiError', () => {
  it.each([
    [5, 404, 'not_found'],
    [6, 409, 'already_exists'],
    [7, 403, 'permission_denied'],
    [14, 503, 'unavailable'],
    [3, 400, 'invalid_argument'],
  ])('maps gRPC code %i to HTTP %i', (code, status, apiCode) => {
    const e = toApiError(Object.assign(new Error(`${code} X: boom`), { code }));
    expect(e).toMatchObject({ status, code: apiCode });
  });

  it('strips the gRPC prefix from messages', () => {
    expect(toApiError(Object.assign(new Error('5 NOT_FOUND: Topic not found'), { code: 5 })).message).toBe('Topic not found');
  });

  it('names the unreachable target', () => {
    const e = toApiError(new Error('connect ECONNREFUSED 127.0.0.1:8085'), { pubsubTarget: '127.0.0.1:8085' });
    expect(e.status).toBe(503);
    expect(e.message).toMatch(/Pub\/Sub at 127\.0\.0\.1:8085 is unreachable/);
  });

  it('turns validation errors into a 400 naming the field', () => {
    const r = z.object({ topic: z.string().min(3) }).safeParse({ topic: 'a' });
    const e = toApiError(r.error);
    expect(e.status).toBe(400);
    expect(e.message).toMatch(/^topic: /);
  });

  it('passes ApiErrors through', () => {
    const original = new ApiError(418, 'teapot', 'short and stout');
    expect(toApiError(original)).toBe(original);
  });
});
