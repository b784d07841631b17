import { ResourceSkeleton } from '@/components/resource/resource-skeleton';

export default function Loading() {
  return <ResourceSkeleton label="Loading subscription…" />;
}
