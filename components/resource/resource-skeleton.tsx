import { Skeleton } from '@/components/ui/skeleton';

/** Shape of the topic and subscription pages: header, plain-words panel, findings, two related panels, config. */
export function ResourceSkeleton({ label }: { label: string }) {
  return (
    <div className="mx-auto w-full max-w-7xl px-6 py-6" aria-busy="true">
      <span className="sr-only" role="status">
        {label}
      </span>
      <Skeleton className="mb-2 h-3 w-64" />
      <Skeleton className="mb-2 h-7 w-80" />
      <Skeleton className="mb-6 h-3 w-48" />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 lg:col-span-2">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-4" />
          ))}
        </div>
        <Skeleton className="h-48 rounded-lg" />
      </div>
      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        <Skeleton className="h-40 rounded-lg" />
        <Skeleton className="h-40 rounded-lg" />
      </div>
      <Skeleton className="mt-4 h-64 rounded-lg" />
    </div>
  );
}
