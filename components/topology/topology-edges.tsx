'use client';
// Dead-letter edges: dashed red with an HTML label. React Flow's built-in edge labels measure
// themselves with SVG getBBox, which cost ~3 s for 200 labels on a 600-node graph; an HTML label
// positioned at the path midpoint costs next to nothing. Hidden only when zoomed out to specks.
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, useStore, type Edge, type EdgeProps, type ReactFlowState } from '@xyflow/react';

export type DeadLetterFlowEdge = Edge<{ label: string }, 'deadLetter'>;

const readable = (s: ReactFlowState) => s.transform[2] >= 0.25;

export const DeadLetterEdge = memo(function DeadLetterEdge({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  style,
  markerEnd,
  data,
}: EdgeProps<DeadLetterFlowEdge>) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  const showLabel = useStore(readable);
  return (
    <>
      <BaseEdge id={id} path={path} style={style} markerEnd={markerEnd} />
      {showLabel && data?.label && (
        <EdgeLabelRenderer>
          <div
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            className="pointer-events-none absolute whitespace-nowrap rounded bg-red-50 px-1 text-[10px] font-semibold leading-4 text-red-700 ring-1 ring-red-200"
          >
            {data.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

export const edgeTypes = { deadLetter: DeadLetterEdge };
