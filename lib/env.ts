// The ONLY reader of process.env. Validated once, lazily (tests set the environment before first use).
import { z } from 'zod';

const schema = z
  .object({
    PUBSUB_EMULATOR_HOST: z
      .string()
      .regex(/^[^\s/]+:\d+$/, 'PUBSUB_EMULATOR_HOST must be host:port, e.g. 127.0.0.1:8085')
      .optional(),
    GOOGLE_CLOUD_PROJECT: z.string().min(1).optional(),
    /** Comma-separated project IDs to show. Defaults to GOOGLE_CLOUD_PROJECT. */
    PUBSUB_PROJECTS: z.string().optional(),
    /** Seconds an inventory stays fresh in the server cache. */
    PUBSCOPE_INVENTORY_TTL_SECONDS: z.coerce.number().min(0).max(3600).default(5),
    /** Upper bound on concurrent Pub/Sub admin calls (IAM checks, paging across projects). */
    PUBSCOPE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
  })
  .transform((e) => {
    const projects = (e.PUBSUB_PROJECTS ?? e.GOOGLE_CLOUD_PROJECT ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    return {
      emulatorHost: e.PUBSUB_EMULATOR_HOST ?? null,
      mode: e.PUBSUB_EMULATOR_HOST ? ('emulator' as const) : ('cloud' as const),
      projects: [...new Set(projects)],
      inventoryTtlMs: e.PUBSCOPE_INVENTORY_TTL_SECONDS * 1000,
      concurrency: e.PUBSCOPE_CONCURRENCY,
    };
  });

export type Env = z.infer<typeof schema>;

let cached: Env | null = null;

export class ConfigError extends Error {}

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    throw new ConfigError(
      'Invalid configuration: ' + parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  }
  if (parsed.data.projects.length === 0) {
    throw new ConfigError('No project configured: set GOOGLE_CLOUD_PROJECT or PUBSUB_PROJECTS (comma-separated).');
  }
  cached = parsed.data;
  return cached;
}

/** For tests that change the environment between cases. */
export function resetEnvCache() {
  cached = null;
}
