// Google API errors → one small vocabulary the API layer maps to HTTP. The only place gRPC codes are read.
export type PubSubErrorKind = 'not_found' | 'already_exists' | 'permission_denied' | 'unavailable' | 'invalid' | 'unimplemented' | 'unknown';

const GRPC: Record<number, PubSubErrorKind> = {
  3: 'invalid', // INVALID_ARGUMENT
  4: 'unavailable', // DEADLINE_EXCEEDED: Pub/Sub did not answer in time
  5: 'not_found',
  6: 'already_exists',
  7: 'permission_denied',
  9: 'invalid', // FAILED_PRECONDITION
  12: 'unimplemented',
  14: 'unavailable',
  16: 'permission_denied', // UNAUTHENTICATED
};

export function classifyPubSubError(err: unknown): PubSubErrorKind {
  const e = err as { code?: unknown; message?: string } | null;
  if (e && typeof e.code === 'number' && GRPC[e.code]) return GRPC[e.code];
  const msg = String(e?.message ?? '');
  if (/ECONNREFUSED|ECONNRESET|ENOTFOUND|No connection established|UNAVAILABLE|failed to connect/i.test(msg)) {
    return 'unavailable';
  }
  return 'unknown';
}

/** gRPC messages start with "5 NOT_FOUND: "; operators want the part after it. */
export function pubSubErrorMessage(err: unknown): string {
  const msg = String((err as { details?: string; message?: string })?.details || (err as Error)?.message || err);
  return msg.replace(/^\d+ [A-Z_]+: /, '');
}
