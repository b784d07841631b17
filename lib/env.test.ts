import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, env, resetEnvCache } from './env';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

function withEnv(vars: Record<string, string | undefined>) {
  process.env = { ...saved, PUBSUB_PROJECTS: undefined, GOOGLE_CLOUD_PROJECT: undefined, PUBSUB_EMULATOR_HOST: undefined, ...vars } as NodeJS.ProcessEnv;
  for (const [k, v] of Object.entries(process.env)) if (v === undefined) delete process.env[k];
  resetEnvCache();
  return env;
}

describe('env', () => {
  it('defaults the project list to GOOGLE_CLOUD_PROJECT and picks cloud mode without an emulator', () => {
    const e = withEnv({ GOOGLE_CLOUD_PROJECT: 'prod-project' })();
    expect(e.projects).toEqual(['prod-project']);
    expect(e.mode).toBe('cloud');
    expect(e.inventoryTtlMs).toBe(5000);
  });

  it('takes PUBSUB_PROJECTS over GOOGLE_CLOUD_PROJECT, trimmed and deduplicated', () => {
    const e = withEnv({ GOOGLE_CLOUD_PROJECT: 'x-project', PUBSUB_PROJECTS: ' a-project, b-project ,a-project' })();
    expect(e.projects).toEqual(['a-project', 'b-project']);
  });

  it('switches to emulator mode with PUBSUB_EMULATOR_HOST', () => {
    const e = withEnv({ GOOGLE_CLOUD_PROJECT: 'demo-project', PUBSUB_EMULATOR_HOST: '127.0.0.1:8085' })();
    expect(e).toMatchObject({ mode: 'emulator', emulatorHost: '127.0.0.1:8085' });
  });

  it('rejects a malformed emulator host with a clear message', () => {
    const read = withEnv({ GOOGLE_CLOUD_PROJECT: 'demo-project', PUBSUB_EMULATOR_HOST: 'http://localhost' });
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(/PUBSUB_EMULATOR_HOST must be host:port/);
  });

  it('refuses to run without any project', () => {
    expect(withEnv({})).toThrow(/set GOOGLE_CLOUD_PROJECT or PUBSUB_PROJECTS/);
  });
});
