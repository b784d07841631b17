import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TopicResponse } from '@/lib/schemas/api';
import type { ResourceRef } from '@/lib/schemas/inventory';
import { urls } from '@/lib/names';
import { fetchJson } from './fetch-json';

export const topicKeys = {
  all: ['topics'] as const,
  project: (project: string) => [...topicKeys.all, project] as const,
  detail: (ref: ResourceRef) => [...topicKeys.project(ref.project), ref.name] as const,
};

export const topicQuery = (ref: ResourceRef) =>
  queryOptions({
    queryKey: topicKeys.detail(ref),
    queryFn: ({ signal }) => fetchJson<TopicResponse>(urls.api.topic(ref), { signal }),
    refetchInterval: 10_000,
  });

export function useTopic(ref: ResourceRef) {
  return useQuery(topicQuery(ref));
}
