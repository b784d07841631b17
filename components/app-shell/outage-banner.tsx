'use client';
// Shown whenever /api/health fails or says ok:false; clears itself when Pub/Sub answers again.
// Pages keep rendering their last data underneath (React Query keeps it on failed refetches).
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { toast } from 'sonner';
import { useHealth } from '@/lib/queries';
import type { HealthResponse } from '@/lib/schemas/api';

export function outageMessage(health: HealthResponse | undefined, serverDown: boolean): string {
  if (serverDown || !health) return 'The Pubscope server is not answering — retrying…';
  if (health.mode === 'emulator') return `Pub/Sub emulator at ${health.target} is unreachable — retrying…`;
  return `Google Cloud Pub/Sub (${health.target}) is unreachable — retrying…`;
}

export function OutageBanner() {
  const { data, error, isPending } = useHealth();
  const queryClient = useQueryClient();
  // A failed health request means the dashboard server itself did not answer.
  const serverDown = !!error;
  const outage = !isPending && (serverDown || data?.ok === false);
  const wasDown = useRef(false);

  useEffect(() => {
    if (outage) {
      wasDown.current = true;
    } else if (wasDown.current && data?.ok) {
      wasDown.current = false;
      toast.success(data.mode === 'emulator' ? 'The Pub/Sub emulator is reachable again' : 'Pub/Sub is reachable again');
      // Everything fetched during the outage failed: ask again now instead of waiting for each interval.
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'health' });
    }
  }, [outage, data, queryClient]);

  if (!outage) return null;
  const detail = !serverDown ? data?.message : null;
  return (
    <div role="alert" className="border-b border-red-300 bg-red-50 px-6 py-2 text-sm text-red-900">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 gap-y-1">
        <span className="relative flex h-2.5 w-2.5 shrink-0" aria-hidden>
          <span className="absolute inline-flex h-full w-full animate-ping rounded-full bg-red-400 opacity-75" />
          <span className="relative inline-flex h-2.5 w-2.5 rounded-full bg-red-600" />
        </span>
        <strong className="font-semibold">{outageMessage(data, serverDown)}</strong>
        <span className="text-red-800/80">
          Showing the last data received{detail ? ` · ${detail}` : ''}.
        </span>
      </div>
    </div>
  );
}
