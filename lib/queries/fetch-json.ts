// The one place the browser talks to the Pubscope API. Components use the hooks in this folder instead.
import type { ErrorEnvelope } from '@/lib/schemas/api';

/** A failed API call: HTTP status (0 = the request never got an answer) plus the envelope's code and message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Parsed body, when the server sent one (e.g. /api/health answers 503 with a HealthResponse). */
  readonly body: unknown;

  constructor(status: number, code: string, message: string, body: unknown = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.body = body;
  }

  get isNotFound() {
    return this.status === 404;
  }
  get isBadRequest() {
    return this.status === 400;
  }
  /** Pub/Sub (or the emulator) is down, or the dashboard server itself is not answering. */
  get isUnavailable() {
    return this.status === 503 || this.status === 0 || this.status === 502 || this.status === 504;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

function isEnvelope(body: unknown): body is ErrorEnvelope {
  if (!body || typeof body !== 'object' || !('error' in body)) return false;
  const err = (body as { error: unknown }).error;
  return !!err && typeof err === 'object' && typeof (err as { message?: unknown }).message === 'string';
}

export async function fetchJson<T>(url: string, init?: { signal?: AbortSignal }): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: 'application/json' }, signal: init?.signal, cache: 'no-store' });
  } catch (e) {
    if (init?.signal?.aborted) throw e;
    throw new ApiError(0, 'NETWORK', 'The Pubscope server is not answering (network error).');
  }
  let body: unknown = null;
  const text = await res.text();
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  if (!res.ok) {
    if (isEnvelope(body)) throw new ApiError(res.status, body.error.code, body.error.message, body);
    throw new ApiError(res.status, `HTTP_${res.status}`, `${res.status} ${res.statusText || 'error'} from ${url}`, body);
  }
  if (body === null) throw new ApiError(res.status, 'BAD_RESPONSE', `${url} did not return JSON`);
  return body as T;
}

/** Short human text for any error a query can produce. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
