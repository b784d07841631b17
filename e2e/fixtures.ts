import { test as base, expect } from '@playwright/test';

// baseURL comes from global setup (a free port each run), so it is applied here rather than in the config.
export const test = base.extend({
  baseURL: async ({}, use) => {
    await use(process.env.E2E_BASE_URL);
  },
});

export { expect };
export const projects = () => (process.env.E2E_PROJECTS ?? '').split(',');
