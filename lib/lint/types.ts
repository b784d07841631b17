import type { Inventory, Subscription, Topic } from '../schemas/inventory';
import type { Finding, Severity } from '../schemas/lint';

/** What the rules reference page shows. Plain data: safe to hand to a client component. */
export interface RuleInfo {
  id: string;
  severity: Severity;
  title: string;
  description: string;
}

export interface LintRule extends RuleInfo {
  check: (inv: Inventory, ctx: LintContext) => Finding[];
}

/**
 * Indexes built once per lint run. An inventory can hold thousands of resources; every rule looks
 * things up here instead of scanning lists, so linting stays linear in the inventory size.
 */
export interface LintContext {
  mode: Inventory['mode'];
  projects: ReadonlySet<string>;
  topicsByKey: ReadonlyMap<string, Topic>;
  subscriptionsByKey: ReadonlyMap<string, Subscription>;
  /** Subscriptions attached to each topic, by `resourceKey(topic)`. Topics without any are absent. */
  subscriptionsByTopicKey: ReadonlyMap<string, readonly Subscription[]>;
  /** Subscriptions whose dead-letter policy points at a topic, by the dead-letter topic's key. */
  deadLetterSourcesByTopicKey: ReadonlyMap<string, readonly Subscription[]>;
  /**
   * False when the project is not inventoried, or its topic list could not be read: a topic we do
   * not see there may still exist, so "missing" cannot be claimed.
   */
  topicsListedIn: (project: string) => boolean;
}
