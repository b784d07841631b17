import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SubscriptionResponse } from '@/lib/schemas/api';
import type { ResourceRef } from '@/lib/schemas/inventory';
import { urls } from '@/lib/names';
import { fetchJson } from './fetch-json';

export const subscriptionKeys = {
  all: ['subscriptions'] as const,
  project: (project: string) => [...subscriptionKeys.all, project] as const,
  detail: (ref: ResourceRef) => [...subscriptionKeys.project(ref.project), ref.name] as const,
};

export const subscriptionQuery = (ref: ResourceRef) =>
  queryOptions({
    queryKey: subscriptionKeys.detail(ref),
    queryFn: ({ signal }) => fetchJson<SubscriptionResponse>(urls.api.subscription(ref), { signal }),
    refetchInterval: 10_000,
  });

export function useSubscription(ref: ResourceRef) {
  return useQuery(subscriptionQuery(ref));
}
