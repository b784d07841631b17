import { redirect } from 'next/navigation';
import { decodeParam } from '@/lib/names';

// /projects/p has no page of its own: the overview filtered to that project is what people mean.
export default async function ProjectPage({ params }: { params: Promise<{ project: string }> }) {
  const { project } = await params;
  redirect(`/?project=${encodeURIComponent(decodeParam(project))}`);
}
