export function Skeleton({ className = '' }: { className?: string }) {
  return <div aria-hidden className={`animate-pulse rounded bg-slate-200/80 ${className}`} />;
}

/** A whole-page stand-in: header, a row of stat cards, then list rows. */
export function PageSkeleton({ label, stats = 0, rows = 6 }: { label: string; stats?: number; rows?: number }) {
  return (
    <div className="mx-auto w-full max-w-7xl px-6 py-6" aria-busy="true">
      <span className="sr-only" role="status">
        {label}
      </span>
      <Skeleton className="mb-2 h-3 w-40" />
      <Skeleton className="mb-6 h-7 w-72" />
      {stats > 0 && (
        <div className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6">
          {Array.from({ length: stats }, (_, i) => (
            <Skeleton key={i} className="h-20" />
          ))}
        </div>
      )}
      <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        {Array.from({ length: rows }, (_, i) => (
          <Skeleton key={i} className="h-9" />
        ))}
      </div>
    </div>
  );
}
