import type { ReactNode } from 'react';
import type { Finding } from '@/lib/schemas/lint';
import { EmptyState } from '@/components/ui/empty-state';
import { Section } from '@/components/ui/section';
import { FindingList } from './finding-list';

/** A resource page's findings, or what it means that there are none. */
export function FindingsSection({
  findings,
  title = 'Findings',
  mode = 'detail',
  defaultProject,
  empty,
}: {
  findings: Finding[];
  title?: string;
  mode?: 'summary' | 'detail';
  defaultProject?: string;
  empty: { title: string; body: ReactNode };
}) {
  return (
    <Section id="findings" className="mt-4" bodyClassName="" title={title} count={findings.length}>
      {findings.length ? (
        <FindingList findings={findings} mode={mode} defaultProject={defaultProject} />
      ) : (
        <EmptyState title={empty.title}>{empty.body}</EmptyState>
      )}
    </Section>
  );
}
