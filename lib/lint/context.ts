import { resourceKey, type Inventory, type Subscription, type Topic } from '../schemas/inventory';
import type { LintContext } from './types';

export function buildLintContext(inv: Inventory): LintContext {
  const topicsByKey = new Map<string, Topic>();
  for (const topic of inv.topics) topicsByKey.set(resourceKey(topic), topic);

  const subscriptionsByKey = new Map<string, Subscription>();
  const subscriptionsByTopicKey = new Map<string, Subscription[]>();
  const deadLetterSourcesByTopicKey = new Map<string, Subscription[]>();
  for (const sub of inv.subscriptions) {
    subscriptionsByKey.set(resourceKey(sub), sub);
    if (sub.topic) pushTo(subscriptionsByTopicKey, resourceKey(sub.topic), sub);
    if (sub.deadLetter) pushTo(deadLetterSourcesByTopicKey, resourceKey(sub.deadLetter.topic), sub);
  }

  const projects = new Set(inv.projects);
  // inventory warnings are free text per project; any warning about topics makes that project's list partial.
  const projectsWithPartialTopics = new Set(
    inv.warnings.filter((w) => /topic/i.test(w.what)).map((w) => w.project),
  );

  return {
    mode: inv.mode,
    projects,
    topicsByKey,
    subscriptionsByKey,
    subscriptionsByTopicKey,
    deadLetterSourcesByTopicKey,
    topicsListedIn: (project) => projects.has(project) && !projectsWithPartialTopics.has(project),
  };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
