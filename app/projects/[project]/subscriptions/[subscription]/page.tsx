import type { Metadata } from 'next';
import { decodeParam } from '@/lib/names';
import { SubscriptionView } from './subscription-view';

type Props = { params: Promise<{ project: string; subscription: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { subscription } = await params;
  return { title: `${decodeParam(subscription)} · subscription` };
}

export default async function SubscriptionPage({ params }: Props) {
  const { project, subscription } = await params;
  const name = decodeParam(subscription);
  const p = decodeParam(project);
  return <SubscriptionView key={`${p}/${name}`} project={p} name={name} />;
}
