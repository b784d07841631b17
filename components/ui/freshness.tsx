'use client';

import { useEffect, useState } from 'react';
import { formatDateTime } from './date-time';

function ago(ms: number) {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 5) return 'just now';
  if (s < 60) return `${s} s ago`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ago`;
  return `${Math.floor(m / 60)} h ago`;
}

/** "Updated 4 s ago" with a pulse while refetching; turns amber when the last refresh failed. */
export function Freshness({ updatedAt, fetching, failed }: { updatedAt: number; fetching: boolean; failed?: boolean }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  if (!updatedAt) return null;
  return (
    <span className={`inline-flex items-center gap-1.5 text-xs ${failed ? 'text-amber-700' : 'text-slate-500'}`}>
      <span
        aria-hidden
        className={`h-1.5 w-1.5 rounded-full ${failed ? 'bg-amber-500' : fetching ? 'animate-pulse bg-indigo-500' : 'bg-emerald-500'}`}
      />
      <time dateTime={new Date(updatedAt).toISOString()} title={formatDateTime(updatedAt, { seconds: true })}>
        {failed ? 'Stale · last updated ' : 'Updated '}
        {ago(now - updatedAt)}
      </time>
    </span>
  );
}
