import { expect, test } from './fixtures';

test('overview counts the sample system and lists the critical finding first', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const findings = page.getByRole('list', { name: 'Findings' });
  // The sample's deliberate misconfiguration: audit-dlq has no subscription, so its dead letters are dropped.
  const dropped = findings.getByRole('article').filter({ hasText: 'audit-dlq' }).first();
  await expect(dropped).toBeVisible();
  await expect(dropped).toContainText(/critical/i);
  // Critical findings come before any warning.
  const firstArticle = findings.getByRole('article').first();
  await expect(firstArticle).toContainText(/critical/i);
});

test('a finding links to its resource', async ({ page }) => {
  await page.goto('/');
  const dropped = page.getByRole('list', { name: 'Findings' }).getByRole('article').filter({ hasText: 'audit-dlq' }).first();
  await dropped.getByRole('link', { name: 'audit-dlq', exact: true }).first().click();
  await expect(page).toHaveURL(/\/projects\/pubscope-demo\/topics\/audit-dlq$/);
  await expect(page.getByRole('heading', { level: 1, name: 'audit-dlq' })).toBeVisible();
});

test('the severity filter is kept in the URL', async ({ page }) => {
  await page.goto('/?severity=critical');
  const findings = page.getByRole('list', { name: 'Findings' }).getByRole('article');
  await expect(findings.first()).toBeVisible();
  const count = await findings.count();
  for (let i = 0; i < count; i++) await expect(findings.nth(i)).toContainText(/critical/i);
});
