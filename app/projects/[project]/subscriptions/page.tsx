import { redirect } from 'next/navigation';
import { decodeParam } from '@/lib/names';

export default async function ProjectSubscriptionsPage({ params }: { params: Promise<{ project: string }> }) {
  const { project } = await params;
  redirect(`/topology?project=${encodeURIComponent(decodeParam(project))}`);
}
