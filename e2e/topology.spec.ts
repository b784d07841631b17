import { expect, test } from './fixtures';

const node = (page: import('@playwright/test').Page, name: string) =>
  page.locator('.react-flow__node').filter({ has: page.getByRole('link', { name, exact: true }) });

test('the graph draws the sample system: topics, subscriptions, services, dead-letter topics', async ({ page }) => {
  await page.goto('/topology');
  for (const name of ['orders', 'orders-billing', 'orders-shipping', 'orders-dlq', 'orders-dlq-inbox', 'audit-dlq']) {
    await expect(node(page, name)).toBeVisible();
  }
  // Dead-letter edges are drawn differently from delivery edges.
  await expect(page.locator('.react-flow__edge-deadLetter').first()).toBeAttached();
  await expect(page.getByText('dead letters after 5').first()).toBeVisible();
});

test('clicking a node opens the resource', async ({ page }) => {
  await page.goto('/topology');
  await node(page, 'orders-billing').getByRole('link', { name: 'orders-billing', exact: true }).click();
  await expect(page).toHaveURL(/\/projects\/pubscope-demo\/subscriptions\/orders-billing$/);
  await expect(page.getByRole('heading', { level: 1, name: 'orders-billing' })).toBeVisible();
});

test('search keeps matches and their neighbours, and lives in the URL', async ({ page }) => {
  await page.goto('/topology');
  await expect(node(page, 'payments')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search topology' }).or(page.getByLabel('Search topology')).first().fill('audit');
  await expect(page).toHaveURL(/[?&]q=audit/);
  await expect(node(page, 'audit-events')).toBeVisible();
  await expect(node(page, 'audit-dlq')).toBeVisible();
  await expect(node(page, 'payments')).toHaveCount(0);
  // The state is a link: reloading it shows the same filtered graph.
  await page.reload();
  await expect(node(page, 'audit-events')).toBeVisible();
  await expect(node(page, 'payments')).toHaveCount(0);
});
