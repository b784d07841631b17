'use client';
// Dead-letter edges: dashed red with an HTML label. React Flow's built-in edge labels measure
// themselves with SVG getBBox, which cost ~3 s for 200 labels on a 600-node graph; an HTML label
// positioned by arithmetic costs next to nothing. Hidden only when zoomed out to specks.
// The label starts right at the SOURCE end and reads along the edge: several subscriptions dead-lettering
// into one topic then get separate labels at their own heights, each clearly on its own edge, instead of
// a pile at the midpoints (which converge on the target). Layers are 140 px apart: the label fits the gap.
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, useStore, type Edge, type EdgeProps, type ReactFlowState } from '@xyflow/react';

export type DeadLetterFlowEdge = Edge<{ label: string }, 'deadLetter'>;

const readable = (s: ReactFlowState) => s.transform[2] >= 0.25;

const LABEL_AT = 0.06;

// getBezierPath's control points (React Flow's calculateControlOffset, curvature 0.25) for our handles:
// sources on the right, targets on the left.
function controlOffset(distance: number, curvature = 0.25) {
  return distance >= 0 ? 0.5 * distance : curvature * 25 * Math.sqrt(-distance);
}

/** Point at parameter t of the bezier getBezierPath draws from a right-hand source to a left-hand target. */
export function pointAlong(sourceX: number, sourceY: number, targetX: number, targetY: number, t: number): [number, number] {
  const c1x = sourceX + controlOffset(targetX - sourceX);
  const c2x = targetX - controlOffset(targetX - sourceX);
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return [a * sourceX + b * c1x + c * c2x + d * targetX, a * sourceY + b * sourceY + c * targetY + d * targetY];
}

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
  const [path] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  const [labelX, labelY] = pointAlong(sourceX, sourceY, targetX, targetY, LABEL_AT);
  const showLabel = useStore(readable);
  return (
    <>
      <BaseEdge id={id} path={path} style={style} markerEnd={markerEnd} />
      {showLabel && data?.label && (
        <EdgeLabelRenderer>
          <div
            style={{ transform: `translate(0, -50%) translate(${labelX}px, ${labelY}px)` }}
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
