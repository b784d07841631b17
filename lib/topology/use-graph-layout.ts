'use client';
// Lays a graph out in a Web Worker, caches results by structure, and keeps showing the previous
// layout until the new one is ready (so a 10 s inventory refresh never blanks or freezes the canvas).
import { useEffect, useMemo, useState } from 'react';
import type { TopologyGraph } from './build-graph';
import { layoutKey, runElkLayout, toLayoutInput, type LayoutInput, type LayoutResult } from './layout';

type Pending = { resolve: (r: LayoutResult) => void; reject: (e: Error) => void };

let worker: Worker | null = null;
let workerBroken = false;
let nextId = 1;
const pending = new Map<number, Pending>();
const cache = new Map<string, LayoutResult>();
const CACHE_SIZE = 12;

function getWorker(): Worker | null {
  if (workerBroken || typeof Worker === 'undefined') return null;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (ev: MessageEvent<{ id: number; result?: LayoutResult; error?: string }>) => {
      const p = pending.get(ev.data.id);
      if (!p) return;
      pending.delete(ev.data.id);
      if (ev.data.result) p.resolve(ev.data.result);
      else p.reject(new Error(ev.data.error ?? 'layout failed'));
    };
    worker.onerror = (ev) => {
      // A worker that cannot even load (old browser, CSP): fall back to the main thread from now on.
      workerBroken = true;
      worker = null;
      for (const [id, p] of pending) {
        pending.delete(id);
        p.reject(new Error(ev.message || 'layout worker failed'));
      }
    };
    return worker;
  } catch {
    workerBroken = true;
    return null;
  }
}

async function layoutOnMainThread(input: LayoutInput): Promise<LayoutResult> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  return runElkLayout(new ELK(), input);
}

export function computeLayout(input: LayoutInput): Promise<LayoutResult> {
  const key = layoutKey(input);
  const hit = cache.get(key);
  if (hit) return Promise.resolve(hit);
  const w = getWorker();
  const run = w
    ? new Promise<LayoutResult>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        w.postMessage({ id, input });
      }).catch(() => layoutOnMainThread(input))
    : layoutOnMainThread(input);
  return run.then((r) => {
    cache.set(key, r);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return r;
  });
}

export type GraphLayoutState<G extends TopologyGraph> = {
  /** The graph currently on screen with its positions (the previous one while a new layout runs). */
  shown: { graph: G; layout: LayoutResult } | null;
  running: boolean;
  /** Node count of the layout in progress, for the progress message. */
  runningNodes: number;
  error: string | null;
};

export function useGraphLayout<G extends TopologyGraph>(graph: G | null): GraphLayoutState<G> {
  const input = useMemo(() => (graph ? toLayoutInput(graph) : null), [graph]);
  const key = useMemo(() => (input ? layoutKey(input) : null), [input]);
  const [done, setDone] = useState<{ key: string; graph: G; layout: LayoutResult } | null>(null);
  const [error, setError] = useState<{ key: string; message: string } | null>(null);

  useEffect(() => {
    if (!graph || !input || !key) return;
    const cached = cache.get(key);
    if (cached) {
      setDone({ key, graph, layout: cached });
      return;
    }
    let cancelled = false;
    computeLayout(input).then(
      (layout) => !cancelled && setDone({ key, graph, layout }),
      (e: unknown) => !cancelled && setError({ key, message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      cancelled = true;
    };
  }, [graph, input, key]);

  // Same structure, fresher data (badges, counts): show the new graph with the cached positions at once.
  const shown =
    done && graph && done.key === key ? { graph, layout: done.layout } : done ? { graph: done.graph, layout: done.layout } : null;
  const running = !!key && done?.key !== key && error?.key !== key;
  return {
    shown,
    running,
    runningNodes: running ? (input?.nodes.length ?? 0) : 0,
    error: error && error.key === key ? error.message : null,
  };
}
