import { TopologySkeleton } from './topology-skeleton';

export default function Loading() {
  return <TopologySkeleton />;
}
