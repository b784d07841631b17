import 'server-only';
// Is Pub/Sub reachable? Cheap enough to poll every few seconds from every open browser tab.
import { env } from '../env';
import { pubsubFor } from './client';
import { pubSubErrorMessage } from './errors';

export async function checkPubSubReachable(): Promise<{ ok: boolean; target: string; message: string | null }> {
  const { emulatorHost, projects } = env();
  if (emulatorHost) {
    // The emulator answers "Ok" on GET /: no gRPC channel, no retries, a clean 1.5 s timeout.
    try {
      const res = await fetch(`http://${emulatorHost}/`, { signal: AbortSignal.timeout(1500), cache: 'no-store' });
      return { ok: res.ok, target: emulatorHost, message: res.ok ? null : `emulator answered HTTP ${res.status}` };
    } catch (err) {
      return { ok: false, target: emulatorHost, message: `emulator unreachable (${(err as Error).message})` };
    }
  }
  try {
    await pubsubFor(projects[0]).getTopics({ pageSize: 1, autoPaginate: false, gaxOpts: { timeout: 5000 } });
    return { ok: true, target: 'pubsub.googleapis.com', message: null };
  } catch (err) {
    return { ok: false, target: 'pubsub.googleapis.com', message: pubSubErrorMessage(err) };
  }
}
