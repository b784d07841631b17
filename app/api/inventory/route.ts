import { apiRoute } from '@/lib/api/handler';
import { getInventory } from '@/lib/inventory';
import type { InventoryResponse } from '@/lib/schemas/api';

export const dynamic = 'force-dynamic';

// GET /api/inventory – every topic, subscription, snapshot and schema of the configured projects, with lint findings
export const GET = apiRoute({}, async (): Promise<InventoryResponse> => {
  const { inventory, findings } = await getInventory();
  return { inventory, findings };
});
