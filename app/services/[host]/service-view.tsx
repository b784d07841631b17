'use client';
// A receiving service = one push endpoint host. Everything here comes from the inventory.
import Link from 'next/link';
import { useMemo } from 'react';
import { useInventory } from '@/lib/queries';
import { resourceKey } from '@/lib/schemas/inventory';
import { urls } from '@/lib/names';
import { nodeId } from '@/lib/topology/build-graph';
import { ErrorState } from '@/components/error-state';
import { FindingCounts } from '@/components/findings/finding-list';
import { FindingsSection } from '@/components/findings/findings-section';
import { Section } from '@/components/ui/section';
import { PageHeader } from '@/components/ui/page-header';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { serviceNameOf } from '@/lib/topology/service-name';
import { Badge } from '@/components/ui/badge';
import { Freshness } from '@/components/ui/freshness';
import { SubscriptionLink, TopicLink } from '@/components/resource-link';
import { MiniGraph } from '@/components/topology/mini-graph';
import { ServiceSkeleton } from './service-skeleton';

export function ServiceView({ host }: { host: string }) {
  const { data, error, isPending, refetch, dataUpdatedAt, isFetching, isError } = useInventory();

  const subs = useMemo(
    () =>
      (data?.inventory.subscriptions ?? [])
        .filter((s) => s.push?.host === host)
        .sort((a, b) => resourceKey(a).localeCompare(resourceKey(b))),
    [data, host],
  );
  const findings = useMemo(() => {
    const keys = new Set(subs.map((s) => resourceKey(s)));
    return (data?.findings ?? []).filter((f) => f.resource.kind === 'subscription' && keys.has(resourceKey(f.resource)));
  }, [data, subs]);

  if (isPending) return <ServiceSkeleton />;
  if (!data) return <ErrorState error={error} retry={() => void refetch()} />;

  const defaultProject = data.inventory.projects[0];
  const topics = new Set(subs.map((s) => (s.topic ? resourceKey(s.topic) : '')));

  if (subs.length === 0) {
    return (
      <div className="mx-auto w-full max-w-3xl px-6 py-10">
        <div className="rounded-lg border border-slate-200 bg-white p-6">
          <h1 className="text-lg font-semibold text-slate-900">No subscription pushes to {host}</h1>
          <p className="mt-2 text-sm text-slate-600">
            A service appears here while at least one push subscription has an endpoint on this host. It may have been
            reconfigured or deleted.
          </p>
          <div className="mt-5 flex gap-2">
            <Link href={urls.topology(host)} className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white">
              Search the topology for “{host}”
            </Link>
            <Link href={urls.overview()} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700">
              Back to overview
            </Link>
          </div>
        </div>
      </div>
    );
  }

  const named = serviceNameOf(host);
  return (
    <div className="mx-auto w-full max-w-7xl px-6 py-6">
      <PageHeader
        eyebrow={<Breadcrumb trail={['services']} />}
        title={<span className="font-mono">{named ? named.name : host}</span>}
        badges={
          <>
            <Badge tone="emerald">{named ? `${named.platform} service` : 'service'}</Badge>
            <FindingCounts findings={findings} />
          </>
        }
        meta={
          <>
            {named && <span className="font-mono">{host}</span>}
            <span>
              {subs.length} push subscription{subs.length === 1 ? '' : 's'} from {topics.size} topic{topics.size === 1 ? '' : 's'}
            </span>
            <Freshness updatedAt={dataUpdatedAt} fetching={isFetching} failed={isError} />
          </>
        }
        actions={
          <Link
            href={urls.topology(host)}
            className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50"
          >
            Show in topology
          </Link>
        }
      />

      <div className="grid items-start gap-4 lg:grid-cols-5">
        <Section
          id="subscriptions"
          className="lg:col-span-3"
          bodyClassName=""
          title="Subscriptions pushing here"
          count={subs.length}
        >
          <table className="w-full text-left text-sm" aria-label={`Subscriptions pushing to ${host}`}>
            <thead className="text-xs text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-1.5 font-medium">
                  Subscription
                </th>
                <th scope="col" className="px-4 py-1.5 font-medium">
                  Topic
                </th>
                <th scope="col" className="px-4 py-1.5 font-medium">
                  Endpoint
                </th>
                <th scope="col" className="px-4 py-1.5 font-medium">
                  Auth
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {subs.map((s) => (
                <tr key={resourceKey(s)} className="align-top">
                  <td className="px-4 py-1.5">
                    <SubscriptionLink subscription={s} fromProject={defaultProject} />
                  </td>
                  <td className="px-4 py-1.5">
                    {s.topic && !s.topicDeleted ? (
                      <TopicLink topic={s.topic} fromProject={defaultProject} />
                    ) : (
                      <span className="text-xs italic text-slate-500">deleted topic</span>
                    )}
                  </td>
                  <td className="break-all px-4 py-1.5 font-mono text-xs text-slate-700">{s.push!.endpoint}</td>
                  <td className="px-4 py-1.5 text-xs">
                    {s.push!.oidc ? <span title={s.push!.oidc.serviceAccountEmail}>OIDC</span> : <span className="text-amber-700">none</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
        <Section id="neighbourhood" title="Neighbourhood" className="lg:col-span-2" bodyClassName="p-2">
          <MiniGraph nodeId={nodeId.service(host)} name={host} label={`Resources around service ${host}`} />
        </Section>
      </div>

      <FindingsSection findings={findings} title="Findings for these subscriptions" mode="summary" defaultProject={defaultProject} empty={{ title: 'No findings', body: 'Every subscription pushing here passes the lint rules.' }} />
    </div>
  );
}
