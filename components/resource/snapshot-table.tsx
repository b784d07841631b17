import type { Snapshot } from '@/lib/schemas/inventory';
import { EmptyState } from '@/components/ui/empty-state';
import { formatDateTime } from '@/components/ui/date-time';

export function SnapshotTable({ snapshots, topicName }: { snapshots: Snapshot[]; topicName: string | null }) {
  if (!snapshots.length)
    return (
      <EmptyState title="No snapshots">
        A snapshot captures the unacknowledged backlog so a subscription can be replayed later (seek to snapshot).
        {topicName ? ` Snapshots of topic ${topicName} appear here.` : ''}
      </EmptyState>
    );
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-xs text-slate-500">
        <tr>
          <th scope="col" className="px-4 py-1.5 font-medium">
            Snapshot
          </th>
          <th scope="col" className="px-4 py-1.5 font-medium">
            Expires
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {snapshots.map((s) => (
          <tr key={`${s.project}/${s.name}`}>
            <td className="px-4 py-1.5 font-mono text-[12.5px]">{s.name}</td>
            <td className="px-4 py-1.5 text-xs text-slate-600">
              {s.expireTime ? <time dateTime={s.expireTime}>{formatDateTime(s.expireTime)}</time> : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
