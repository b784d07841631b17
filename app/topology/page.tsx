import { Suspense } from 'react';
import type { Metadata } from 'next';
import { TopologyView } from './topology-view';
import { TopologySkeleton } from './topology-skeleton';

export const metadata: Metadata = { title: 'Topology' };

export default function TopologyPage() {
  return (
    <Suspense fallback={<TopologySkeleton />}>
      <TopologyView />
    </Suspense>
  );
}
