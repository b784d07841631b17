import { Skeleton } from '@/components/ui/skeleton';

export function TopologySkeleton() {
  return (
    <div className="flex flex-1 flex-col" aria-busy="true">
      <span className="sr-only" role="status">
        Loading the topology…
      </span>
      <div className="flex items-center gap-3 border-b border-slate-200 bg-white px-6 py-3">
        <Skeleton className="h-6 w-28" />
        <Skeleton className="h-8 w-72" />
        <Skeleton className="h-8 w-40" />
        <Skeleton className="ml-auto h-4 w-56" />
      </div>
      <div className="relative flex-1 bg-slate-50">
        <div className="absolute left-[8%] top-[15%] space-y-6">
          <Skeleton className="h-16 w-56" />
          <Skeleton className="h-16 w-56" />
          <Skeleton className="h-16 w-56" />
        </div>
        <div className="absolute left-[36%] top-[10%] space-y-4">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-16 w-60" />
          ))}
        </div>
        <div className="absolute left-[66%] top-[20%] space-y-8">
          <Skeleton className="h-12 w-52" />
          <Skeleton className="h-16 w-56" />
        </div>
      </div>
    </div>
  );
}
