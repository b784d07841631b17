// Differences between the emulator and Google Cloud that make local behaviour misleading.
import type { Finding } from '../../schemas/lint';
import { isLive, subscriptionFinding } from '../finding';
import type { LintRule } from '../types';

export const filterIgnoredByEmulator: LintRule = {
  id: 'filter-ignored-by-emulator',
  severity: 'info',
  title: 'Filter ignored by the emulator',
  description:
    'The emulator stores a subscription filter but delivers every message, so what a subscriber sees locally ' +
    'differs from production. Only reported on the emulator.',
  check(inv) {
    if (inv.mode !== 'emulator') return [];
    const findings: Finding[] = [];
    for (const sub of inv.subscriptions) {
      if (!sub.filter || !isLive(sub)) continue;
      findings.push(
        subscriptionFinding(filterIgnoredByEmulator, sub, {
          title: `The emulator ignores the filter of ${sub.name} and delivers every message`,
          explanation:
            `In Google Cloud only messages matching ${sub.filter} reach ${sub.name} (the others are acknowledged ` +
            `automatically). Locally it receives them all, so counts, backlogs and subscriber behaviour differ.`,
          fix: 'Nothing to change here; test the filter against a real project before relying on it.',
        }),
      );
    }
    return findings;
  },
};

export const EMULATOR_RULES = [filterIgnoredByEmulator];
