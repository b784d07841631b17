// The e2e world: a real emulator on a free port, the sample system publishing real traffic (with real
// retries and dead letters), and the built dashboard started against them.
import type { FullConfig } from '@playwright/test';
import { freePort, startEmulator } from '../scripts/lib/emulator.mjs';
import { startDashboard } from '../scripts/lib/app-server.mjs';
import { startSampleSystem } from '../demo/sample-system.mjs';

export default async function globalSetup(_config: FullConfig) {
  const logDir = '.pubscope/logs/e2e';
  const emulator = await startEmulator({ logDir });
  const system = await startSampleSystem({ emulatorHost: emulator.host, logDir, traffic: true, log: () => {} });
  const dashboard = await startDashboard({
    port: await freePort(),
    logDir,
    env: {
      PUBSUB_EMULATOR_HOST: emulator.host,
      PUBSUB_PROJECTS: system.projects.join(','),
      GOOGLE_CLOUD_PROJECT: system.projects[0],
      // Fresh data for every test, not a 5 s old copy.
      PUBSCOPE_INVENTORY_TTL_SECONDS: '1',
    },
  });
  // Read by the tests (workers inherit the environment set here).
  process.env.E2E_BASE_URL = dashboard.url;
  process.env.E2E_EMULATOR_PORT = String(emulator.port);
  process.env.E2E_EMULATOR_PID = String(emulator.pid);
  process.env.E2E_PROJECTS = system.projects.join(',');

  return async () => {
    await dashboard.stop();
    await system.stop();
    await emulator.stop();
  };
}
