import { Suspense } from 'react';
import type { Metadata } from 'next';
import { decodeParam } from '@/lib/names';
import { ServiceView } from './service-view';
import { ServiceSkeleton } from './service-skeleton';

type Props = { params: Promise<{ host: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { host } = await params;
  return { title: `${decodeParam(host)} · service` };
}

export default async function ServicePage({ params }: Props) {
  const { host } = await params;
  const h = decodeParam(host);
  return (
    <Suspense fallback={<ServiceSkeleton />}>
      <ServiceView key={h} host={h} />
    </Suspense>
  );
}
