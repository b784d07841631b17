import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './fetch-json';

export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        // 400 and 404 will not change by asking again; outages are retried by each query's refetchInterval.
        retry: (failureCount, error) => {
          if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
          return failureCount < 2;
        },
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 5000),
        refetchOnWindowFocus: true,
      },
    },
  });
}
