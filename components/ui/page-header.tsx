import type { ReactNode } from 'react';

export function PageHeader({
  eyebrow,
  title,
  badges,
  meta,
  actions,
}: {
  eyebrow?: ReactNode;
  title: ReactNode;
  badges?: ReactNode;
  meta?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="mb-5 flex flex-wrap items-end justify-between gap-3">
      <div className="min-w-0">
        {eyebrow && <div className="mb-1 text-xs text-slate-500">{eyebrow}</div>}
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="break-all font-semibold tracking-tight text-slate-900 text-xl">{title}</h1>
          {badges}
        </div>
        {meta && <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-500">{meta}</div>}
      </div>
      {actions && <div className="flex items-center gap-2">{actions}</div>}
    </div>
  );
}
