// Test helper: run one rule the way lintInventory does.
import type { Inventory } from '../../schemas/inventory';
import type { Finding } from '../../schemas/lint';
import { buildLintContext } from '../context';
import type { LintRule } from '../types';

export function runRule(rule: LintRule, inv: Inventory): Finding[] {
  return rule.check(inv, buildLintContext(inv));
}

export function names(findings: Finding[]): string[] {
  return findings.map((f) => f.resource.name);
}
