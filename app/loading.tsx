import { OverviewSkeleton } from './overview-skeleton';

export default function Loading() {
  return <OverviewSkeleton />;
}
