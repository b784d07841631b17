import { PageSkeleton } from '@/components/ui/skeleton';

export function OverviewSkeleton() {
  return <PageSkeleton label="Loading the inventory…" stats={6} rows={8} />;
}
