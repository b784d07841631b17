import { queryOptions, useQuery } from '@tanstack/react-query';
import type { InventoryResponse } from '@/lib/schemas/api';
import { urls } from '@/lib/names';
import { fetchJson } from './fetch-json';

export const inventoryKeys = {
  all: ['inventory'] as const,
};

export const inventoryQuery = () =>
  queryOptions({
    queryKey: inventoryKeys.all,
    queryFn: ({ signal }) => fetchJson<InventoryResponse>(urls.api.inventory(), { signal }),
    refetchInterval: 10_000,
  });

export function useInventory() {
  return useQuery(inventoryQuery());
}
