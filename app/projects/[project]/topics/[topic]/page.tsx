import type { Metadata } from 'next';
import { decodeParam } from '@/lib/names';
import { TopicView } from './topic-view';

type Props = { params: Promise<{ project: string; topic: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { topic } = await params;
  return { title: `${decodeParam(topic)} · topic` };
}

export default async function TopicPage({ params }: Props) {
  const { project, topic } = await params;
  // key: a fresh view per resource, so no state leaks from one topic to the next.
  const name = decodeParam(topic);
  const p = decodeParam(project);
  return <TopicView key={`${p}/${name}`} project={p} name={name} />;
}
