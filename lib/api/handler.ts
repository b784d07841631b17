import 'server-only';
// One wrapper for every route handler: parse params/query with zod, run, map errors to the envelope.
// Authentication and the audit log hook in here (see ROADMAP), so handlers stay thin.
import type { z } from 'zod';
import { env } from '../env';
import { errorResponse, toApiError } from './errors';

type RouteContext = { params: Promise<Record<string, string | string[]>> };

export function apiRoute<P extends z.ZodType, Q extends z.ZodType>(
  schemas: { params?: P; query?: Q },
  handler: (input: { params: z.infer<P>; query: z.infer<Q>; request: Request }) => Promise<unknown>,
) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      const rawParams = context?.params ? await context.params : {};
      const params = schemas.params ? schemas.params.parse(rawParams) : rawParams;
      const rawQuery = Object.fromEntries(new URL(request.url).searchParams);
      const query = schemas.query ? schemas.query.parse(rawQuery) : rawQuery;
      const result = await handler({ params, query, request } as never);
      return result instanceof Response ? result : Response.json(result, { headers: { 'cache-control': 'no-store' } });
    } catch (err) {
      const apiError = toApiError(err, { pubsubTarget: safeTarget() });
      if (apiError.status >= 500 && apiError.status !== 503) console.error(err);
      return errorResponse(apiError);
    }
  };
}

function safeTarget() {
  try {
    return env().emulatorHost ?? 'pubsub.googleapis.com';
  } catch {
    return undefined;
  }
}
