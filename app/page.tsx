import { Suspense } from 'react';
import type { Metadata } from 'next';
import { Overview } from './overview';
import { OverviewSkeleton } from './overview-skeleton';

export const metadata: Metadata = { title: 'Overview' };

export default function OverviewPage() {
  return (
    <Suspense fallback={<OverviewSkeleton />}>
      <Overview />
    </Suspense>
  );
}
