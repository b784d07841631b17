// One real Pub/Sub emulator on a free port for every integration test of the run.
import type { TestProject } from 'vitest/node';
import { startEmulator } from '../scripts/lib/emulator.mjs';

let stop: (() => Promise<void>) | null = null;

export default async function setup(project: TestProject) {
  const emu = await startEmulator({ logDir: '.pubscope/logs' });
  stop = emu.stop;
  project.provide('emulatorHost', emu.host);
  return async () => {
    await stop?.();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    emulatorHost: string;
  }
}
