import { PubSub } from '@google-cloud/pubsub';
import { expect, test } from './fixtures';

test('a subscription deep link loads directly and explains the configuration in plain words', async ({ page }) => {
  await page.goto('/projects/pubscope-demo/subscriptions/orders-billing');
  await expect(page.getByRole('heading', { level: 1, name: 'orders-billing' })).toBeVisible();
  await expect(page.getByText(/dead-lettered to orders-dlq after 5/i).first()).toBeVisible();
  // Related resources are linked both ways.
  await page.getByRole('link', { name: 'orders-dlq', exact: true }).first().click();
  await expect(page).toHaveURL(/\/topics\/orders-dlq$/);
  await expect(page.getByRole('link', { name: 'orders-billing', exact: true }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'orders-dlq-inbox', exact: true }).first()).toBeVisible();
});

test('a dead-letter topic without subscription says its messages are dropped', async ({ page }) => {
  await page.goto('/projects/pubscope-demo/topics/audit-dlq');
  await expect(page.getByText(/dropped/i).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'audit-events-audit', exact: true }).first()).toBeVisible();
});

test('a cross-project subscription is shown under its own project and linked from its topic', async ({ page }) => {
  await page.goto('/projects/pubscope-demo/topics/orders');
  const link = page.getByRole('link', { name: /orders-analytics/ }).first();
  await expect(link).toHaveAttribute('href', '/projects/pubscope-partner/subscriptions/orders-analytics');
});

test('names with . ~ + % work in URLs', async ({ page }) => {
  const name = 'odd.name~v2+eu%41';
  const ps = new PubSub({ projectId: 'pubscope-demo', apiEndpoint: `127.0.0.1:${process.env.E2E_EMULATOR_PORT}` });
  try {
    await ps.createTopic(name);
    await page.goto('/topology');
    await page.getByLabel('Search topology').fill('odd.name');
    await page.locator('.react-flow__node').getByRole('link', { name, exact: true }).click();
    await expect(page).toHaveURL(/\/topics\/odd\.name~v2%2Beu%2541$/);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    // And directly, as a pasted link.
    await page.goto('/projects/pubscope-demo/topics/odd.name~v2%2Beu%2541');
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  } finally {
    await ps.topic(name).delete().catch(() => undefined);
    await ps.close();
  }
});

test('an unknown subscription gets a not-found page naming it', async ({ page }) => {
  await page.goto('/projects/pubscope-demo/subscriptions/no-such-subscription');
  await expect(page.getByText(/no-such-subscription/).first()).toBeVisible();
  await expect(page.getByText(/not found/i).first()).toBeVisible();
});

test('an invalid name gets the reason', async ({ page }) => {
  await page.goto('/projects/pubscope-demo/topics/goog-reserved');
  await expect(page.getByText(/must not start with "goog"/).first()).toBeVisible();
});

test('the API answers 404 and 400 with the error envelope', async ({ request }) => {
  const missing = await request.get('/api/projects/pubscope-demo/topics/no-such-topic');
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.message).toContain('no-such-topic');
  const invalid = await request.get('/api/projects/pubscope-demo/topics/a%2Fb');
  expect(invalid.status()).toBe(400);
});

test('a malformed % in an address gets a 400 saying how to write it, for pages and the API', async () => {
  // fetch sends the path as written (a browser or Playwright's request client would re-encode the "%").
  const base = process.env.E2E_BASE_URL;
  const page = await fetch(`${base}/projects/pubscope-demo/topics/sale-50%off`);
  expect(page.status).toBe(400);
  expect(await page.text()).toContain('%25');
  const api = await fetch(`${base}/api/projects/pubscope-demo/topics/sale-50%off`);
  expect(api.status).toBe(400);
  expect((await api.json()).error.code).toBe('invalid_argument');
});

test('an unknown API path answers a JSON 404', async ({ request }) => {
  const res = await request.get('/api/no/such/thing');
  expect(res.status()).toBe(404);
  expect((await res.json()).error).toEqual({ code: 'not_found', message: 'No API route /api/no/such/thing' });
});
