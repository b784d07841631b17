import { Section } from '@/components/ui/section';
import { PlainWords } from '@/components/resource/plain-words';
import { MiniGraph } from '@/components/topology/mini-graph';

/** The top of a resource page: its configuration in plain words beside its neighbourhood in the graph. */
export function ResourceSummary({ lines, nodeId, name, label }: { lines: string[]; nodeId: string; name: string; label: string }) {
  return (
    <div className="grid items-start gap-4 lg:grid-cols-5">
      <Section id="plain-words" title="In plain words" className="lg:col-span-3">
        <PlainWords lines={lines} />
      </Section>
      <Section id="neighbourhood" title="Neighbourhood" className="lg:col-span-2" bodyClassName="p-2">
        <MiniGraph nodeId={nodeId} name={name} label={label} />
      </Section>
    </div>
  );
}
