import type { Subscription } from '@/lib/schemas/inventory';
import { SubscriptionLink, TopicLink, ServiceLink } from '@/components/resource-link';
import { Badge, type BadgeTone } from '@/components/ui/badge';

const TYPE: Record<Subscription['type'], { label: string; tone: BadgeTone }> = {
  pull: { label: 'pull', tone: 'neutral' },
  push: { label: 'push', tone: 'emerald' },
  bigquery: { label: 'BigQuery', tone: 'sky' },
  cloudStorage: { label: 'Cloud Storage', tone: 'sky' },
};

export function TypeBadge({ type }: { type: Subscription['type'] }) {
  return <Badge tone={TYPE[type].tone}>{TYPE[type].label}</Badge>;
}

export function Destination({ s }: { s: Subscription }) {
  if (s.push) return <ServiceLink host={s.push.host} />;
  if (s.bigquery) return <span className="font-mono text-xs">{s.bigquery.table}</span>;
  if (s.cloudStorage) return <span className="font-mono text-xs">gs://{s.cloudStorage.bucket}</span>;
  return <span className="text-xs text-slate-500">clients pull</span>;
}

/**
 * Subscriptions with what an operator checks first: type, where messages go, dead-letter topic.
 * `show` picks the optional columns (the topic column matters when subscriptions come from several topics).
 * `ofDeadLetterTopic`: they read a dead-letter topic, so a missing dead-letter policy is expected, not a problem.
 */
export function SubscriptionTable({
  subscriptions,
  fromProject,
  show = { topic: false },
  ofDeadLetterTopic = false,
  label,
}: {
  subscriptions: Subscription[];
  fromProject: string;
  show?: { topic?: boolean };
  ofDeadLetterTopic?: boolean;
  label: string;
}) {
  return (
    <table className="w-full text-left text-sm" aria-label={label}>
      <thead className="text-xs text-slate-500">
        <tr>
          <th scope="col" className="px-4 py-1.5 font-medium">
            Subscription
          </th>
          {show.topic && (
            <th scope="col" className="px-4 py-1.5 font-medium">
              Topic
            </th>
          )}
          <th scope="col" className="px-4 py-1.5 font-medium">
            Delivers to
          </th>
          <th scope="col" className="px-4 py-1.5 font-medium">
            Dead letters
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {subscriptions.map((s) => (
          <tr key={`${s.project}/${s.name}`} className="align-top">
            <td className="px-4 py-1.5">
              <div className="flex flex-wrap items-center gap-1.5">
                <SubscriptionLink subscription={s} fromProject={fromProject} />
                <TypeBadge type={s.type} />
              </div>
            </td>
            {show.topic && (
              <td className="px-4 py-1.5">
                {s.topic && !s.topicDeleted ? (
                  <TopicLink topic={s.topic} fromProject={fromProject} />
                ) : (
                  <span className="text-xs italic text-slate-500">deleted topic</span>
                )}
              </td>
            )}
            <td className="whitespace-nowrap px-4 py-1.5">
              <Destination s={s} />
            </td>
            <td className="px-4 py-1.5 text-xs">
              {s.deadLetter ? (
                <span className="flex flex-wrap items-center gap-1">
                  <TopicLink topic={s.deadLetter.topic} fromProject={fromProject} />
                  <span className="text-slate-500">after {s.deadLetter.maxDeliveryAttempts} attempts</span>
                </span>
              ) : ofDeadLetterTopic ? (
                <span className="text-slate-500" title="It reads a dead-letter topic: it needs no dead-letter topic of its own">
                  none needed (dead-letter inbox)
                </span>
              ) : (
                <span className="text-amber-700">no dead-letter topic</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
