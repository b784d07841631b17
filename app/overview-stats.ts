import { resourceKey, type Inventory, type SubscriptionType } from '@/lib/schemas/inventory';

export type OverviewStats = {
  projects: number;
  topics: number;
  subscriptions: number;
  byType: Record<SubscriptionType, number>;
  deadLetterTopics: number;
  /** Dead-letter topics with no subscription: what lands there is dropped. */
  droppingDeadLetterTopics: number;
  snapshots: number;
  schemas: number;
};

export function overviewStats(inv: Inventory, project?: string): OverviewStats {
  const inP = <T extends { project: string }>(xs: T[]) => (project ? xs.filter((x) => x.project === project) : xs);
  const subs = inP(inv.subscriptions);
  const byType: Record<SubscriptionType, number> = { pull: 0, push: 0, bigquery: 0, cloudStorage: 0 };
  for (const s of subs) byType[s.type] += 1;
  const subscribed = new Set<string>();
  for (const s of inv.subscriptions) if (s.topic && !s.topicDeleted) subscribed.add(resourceKey(s.topic));
  const dlqs = new Set<string>();
  for (const s of subs) if (s.deadLetter) dlqs.add(resourceKey(s.deadLetter.topic));
  return {
    projects: project ? 1 : inv.projects.length,
    topics: inP(inv.topics).length,
    subscriptions: subs.length,
    byType,
    deadLetterTopics: dlqs.size,
    droppingDeadLetterTopics: [...dlqs].filter((k) => !subscribed.has(k)).length,
    snapshots: inP(inv.snapshots).length,
    schemas: inP(inv.schemas).length,
  };
}
