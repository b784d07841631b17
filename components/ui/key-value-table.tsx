import type { ReactNode } from 'react';

export type KeyValueRow = { label: string; value: ReactNode; hint?: string };

/** Two-column configuration table. Values are React nodes, so untrusted strings stay text. */
export function KeyValueTable({ rows, caption }: { rows: KeyValueRow[]; caption?: string }) {
  return (
    <table className="w-full text-sm">
      {caption && <caption className="sr-only">{caption}</caption>}
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.label} className="align-top">
            <th scope="row" className="w-56 py-1.5 pr-4 text-left text-xs font-medium text-slate-500" title={r.hint}>
              {r.label}
            </th>
            <td className="break-all py-1.5 text-[13px] text-slate-800">{r.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Placeholder for unset values, readable as "not set". */
export function Unset({ children = 'not set' }: { children?: ReactNode }) {
  return <span className="text-slate-400">{children}</span>;
}

export function Mono({ children }: { children: ReactNode }) {
  return <span className="font-mono text-[12.5px]">{children}</span>;
}
