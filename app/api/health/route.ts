import { env } from '@/lib/env';
import { apiRoute } from '@/lib/api/handler';
import { checkPubSubReachable } from '@/lib/pubsub/health';
import type { HealthResponse } from '@/lib/schemas/api';

export const dynamic = 'force-dynamic';

// GET /api/health – whether Pub/Sub (or the emulator) answers; 503 with the same body when it does not
export const GET = apiRoute({}, async () => {
  const { mode, projects } = env();
  const { ok, target, message } = await checkPubSubReachable();
  const body: HealthResponse = { ok, mode, target, projects, message, checkedAt: new Date().toISOString() };
  return Response.json(body, { status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
});
