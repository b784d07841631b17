import Link from 'next/link';
import type { ResourceRef } from '@/lib/schemas/inventory';
import { urls } from '@/lib/names';

/** Shows `name`, or `project/name` when the resource lives outside `fromProject`. Names are rendered as text. */
function label(ref: ResourceRef, fromProject?: string) {
  return fromProject && ref.project !== fromProject ? `${ref.project}/${ref.name}` : ref.name;
}

const CLS = 'font-mono text-[13px] text-indigo-700 hover:text-indigo-900 hover:underline break-all';

export function TopicLink({ topic, fromProject, className = '' }: { topic: ResourceRef; fromProject?: string; className?: string }) {
  return (
    <Link href={urls.topic(topic)} className={`${CLS} ${className}`}>
      {label(topic, fromProject)}
    </Link>
  );
}

export function SubscriptionLink({
  subscription,
  fromProject,
  className = '',
}: {
  subscription: ResourceRef;
  fromProject?: string;
  className?: string;
}) {
  return (
    <Link href={urls.subscription(subscription)} className={`${CLS} ${className}`}>
      {label(subscription, fromProject)}
    </Link>
  );
}

export function ServiceLink({ host, className = '' }: { host: string; className?: string }) {
  return (
    <Link href={urls.service(host)} className={`${CLS} ${className}`}>
      {host}
    </Link>
  );
}
