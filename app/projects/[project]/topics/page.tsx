import { redirect } from 'next/navigation';
import { decodeParam } from '@/lib/names';

export default async function ProjectTopicsPage({ params }: { params: Promise<{ project: string }> }) {
  const { project } = await params;
  redirect(`/topology?project=${encodeURIComponent(decodeParam(project))}`);
}
