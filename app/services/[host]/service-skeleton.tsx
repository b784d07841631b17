import { PageSkeleton } from '@/components/ui/skeleton';

export function ServiceSkeleton() {
  return <PageSkeleton label="Loading service…" rows={5} />;
}
