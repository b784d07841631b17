import { queryOptions, useQuery } from '@tanstack/react-query';
import type { HealthResponse } from '@/lib/schemas/api';
import { urls } from '@/lib/names';
import { ApiError, fetchJson } from './fetch-json';

export const healthKeys = {
  all: ['health'] as const,
};

/** /api/health answers 503 with the same body when Pub/Sub is down: that is data, not a failure. */
async function fetchHealth(signal?: AbortSignal): Promise<HealthResponse> {
  try {
    return await fetchJson<HealthResponse>(urls.api.health(), { signal });
  } catch (e) {
    if (e instanceof ApiError && e.status === 503 && e.body && typeof e.body === 'object' && 'ok' in e.body) {
      return e.body as HealthResponse;
    }
    throw e;
  }
}

export const healthQuery = () =>
  queryOptions({
    queryKey: healthKeys.all,
    queryFn: ({ signal }) => fetchHealth(signal),
    refetchInterval: 3_000,
    refetchIntervalInBackground: false,
    retry: false,
    staleTime: 0,
  });

export function useHealth() {
  return useQuery(healthQuery());
}
