// Lint: configuration mistakes that lose, loop or hide messages, found from the inventory alone.
// Every rule is a pure function of (inventory, precomputed indexes); see rules/ and RULES below.
import { resourceKey, type ResourceRef, type Subscription } from '../schemas/inventory';
import type { Inventory } from '../schemas/inventory';
import { SEVERITY_ORDER, type Finding } from '../schemas/lint';
import { buildLintContext } from './context';
import { DEAD_LETTER_IAM_RULES } from './rules/dead-letter-iam';
import { DEAD_LETTER_RULES, deadLetterTopicWithoutSubscription } from './rules/dead-letter';
import { DELIVERY_RULES } from './rules/delivery';
import { EMULATOR_RULES } from './rules/emulator';
import { LIFECYCLE_RULES } from './rules/lifecycle';
import { PUSH_SECURITY_RULES } from './rules/push-security';
import { RETENTION_RULES } from './rules/retention';
import type { LintRule, RuleInfo } from './types';

export type { LintContext, LintRule, RuleInfo } from './types';
export { buildLintContext } from './context';
export { splitFix } from './finding';

const ALL_RULES: readonly LintRule[] = [
  ...DEAD_LETTER_RULES,
  ...DEAD_LETTER_IAM_RULES,
  ...LIFECYCLE_RULES,
  ...PUSH_SECURITY_RULES,
  ...DELIVERY_RULES,
  ...RETENTION_RULES,
  ...EMULATOR_RULES,
].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);

/** For the rules reference page: plain data, most severe first. */
export const RULES: readonly RuleInfo[] = ALL_RULES.map(({ id, severity, title, description }) => ({
  id,
  severity,
  title,
  description,
}));

export function lintInventory(inv: Inventory): Finding[] {
  const ctx = buildLintContext(inv);
  return ALL_RULES.flatMap((rule) => rule.check(inv, ctx)).sort(compareFindings);
}

/** Severity, then resource name; project, kind and rule only to make the order stable. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    compareStrings(a.resource.name, b.resource.name) ||
    compareStrings(a.resource.project, b.resource.project) ||
    compareStrings(a.resource.kind, b.resource.kind) ||
    compareStrings(a.ruleId, b.ruleId)
  );
}

// Code-unit order, not localeCompare: identical on server and browser, and fast on thousands of findings.
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isAbout(finding: Finding, kind: Finding['resource']['kind'], ref: ResourceRef): boolean {
  return finding.resource.kind === kind && finding.resource.project === ref.project && finding.resource.name === ref.name;
}

export function findingsForTopic(findings: readonly Finding[], topic: ResourceRef): Finding[] {
  return findings.filter((f) => isAbout(f, 'topic', topic));
}

/**
 * The subscription's own findings, plus "your dead-letter topic has no subscription": that one is
 * reported on the topic (one finding however many subscriptions share it) but is the subscription
 * owner's problem too, since it is their dead letters that are dropped.
 */
export function findingsForSubscription(findings: readonly Finding[], sub: Subscription): Finding[] {
  const dlq = sub.deadLetter?.topic;
  return findings.filter(
    (f) =>
      isAbout(f, 'subscription', sub) ||
      (dlq !== undefined && f.ruleId === deadLetterTopicWithoutSubscription.id && isAbout(f, 'topic', dlq)),
  );
}

/** Findings grouped by `kind:project/name`, for tables that show a count per row. */
export function findingsByResource(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.resource.kind}:${resourceKey(f.resource)}`;
    const list = map.get(key);
    if (list) list.push(f);
    else map.set(key, [f]);
  }
  return map;
}
