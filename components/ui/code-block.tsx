import { CopyButton } from './copy-button';

/** Monospace, copyable. Text only: whatever is in it (a finding's fix, a schema) is never interpreted as HTML. */
export function CodeBlock({ code, label = 'Copy', maxHeight = 'max-h-72' }: { code: string; label?: string; maxHeight?: string }) {
  return (
    <div className="group relative">
      <pre className={`overflow-auto whitespace-pre-wrap break-words rounded-md bg-slate-900 px-3 py-2.5 pr-16 font-mono text-xs leading-relaxed text-slate-100 ${maxHeight}`}>
        <code>{code}</code>
      </pre>
      <CopyButton text={code} label={label} className="absolute right-2 top-2 border-slate-600 bg-slate-800 text-slate-100 hover:bg-slate-700" />
    </div>
  );
}
