// The error envelope `{ error: { code, message } }` and the one place errors become HTTP statuses.
import { ZodError } from 'zod';
import { ConfigError } from '../env';
import { classifyPubSubError, pubSubErrorMessage, type PubSubErrorKind } from '../pubsub/errors';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (message: string) => new ApiError(404, 'not_found', message);
export const badRequest = (message: string) => new ApiError(400, 'invalid_argument', message);
export const unavailable = (message: string) => new ApiError(503, 'unavailable', message);

const PUBSUB_STATUS: Record<PubSubErrorKind, [number, string]> = {
  not_found: [404, 'not_found'],
  already_exists: [409, 'already_exists'],
  permission_denied: [403, 'permission_denied'],
  unavailable: [503, 'unavailable'],
  invalid: [400, 'invalid_argument'],
  unimplemented: [501, 'unimplemented'],
  unknown: [500, 'internal'],
};

export function toApiError(err: unknown, context: { pubsubTarget?: string } = {}): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof ZodError) {
    return badRequest(err.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; '));
  }
  if (err instanceof SyntaxError) return badRequest(`Malformed JSON: ${err.message}`);
  if (err instanceof ConfigError) return new ApiError(500, 'misconfigured', err.message);
  const kind = classifyPubSubError(err);
  const [status, code] = PUBSUB_STATUS[kind];
  if (kind === 'unavailable') {
    return unavailable(`Pub/Sub${context.pubsubTarget ? ` at ${context.pubsubTarget}` : ''} is unreachable: ${pubSubErrorMessage(err)}`);
  }
  return new ApiError(status, code, pubSubErrorMessage(err));
}

export function errorResponse(err: ApiError): Response {
  return Response.json({ error: { code: err.code, message: err.message } }, { status: err.status });
}
