// Runs elk off the main thread: a 500-node layered layout takes long enough to freeze the page otherwise.
import ELK from 'elkjs/lib/elk.bundled.js';
import { runElkLayout, type LayoutInput } from './layout';

type Request = { id: number; input: LayoutInput };

const elk = new ELK();
const scope = self as unknown as {
  onmessage: ((ev: MessageEvent<Request>) => void) | null;
  postMessage: (msg: unknown) => void;
};

// Assigned after the import on purpose: elk's bundle installs its own self.onmessage when it sees a worker scope.
scope.onmessage = (ev: MessageEvent<Request>) => {
  const { id, input } = ev.data;
  runElkLayout(elk, input).then(
    (result) => scope.postMessage({ id, result }),
    (err: unknown) => scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) }),
  );
};
