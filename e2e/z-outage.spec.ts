// Runs last (file order, one worker): it stops the emulator the other tests use, then starts a new one
// on the same port and stops that at the end.
import { expect, test } from './fixtures';
import { startEmulator } from '../scripts/lib/emulator.mjs';

test('the outage banner appears when the emulator stops and clears when it is back', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/topology');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: /unreachable/i })).toHaveCount(0);

  process.kill(Number(process.env.E2E_EMULATOR_PID), 'SIGKILL');
  const banner = page.getByRole('alert').filter({ hasText: /unreachable/i });
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await expect(banner).toContainText(`127.0.0.1:${process.env.E2E_EMULATOR_PORT}`);
  // The page keeps its last data while Pub/Sub is down.
  await expect(page.locator('.react-flow__node').first()).toBeVisible();

  const again = await startEmulator({ port: Number(process.env.E2E_EMULATOR_PORT), logDir: '.pubscope/logs/e2e' });
  try {
    await expect(banner).toHaveCount(0, { timeout: 30_000 });
  } finally {
    await again.stop();
  }
});
