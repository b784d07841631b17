import type { ReactNode } from 'react';

/** A titled white panel; the heading level is h2 so pages read as h1 → h2 sections. */
export function Section({
  title,
  count,
  actions,
  description,
  children,
  id,
  className = '',
  bodyClassName = 'p-4',
}: {
  title: ReactNode;
  /** How many items the section lists, shown beside the title. */
  count?: number;
  actions?: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  id?: string;
  className?: string;
  bodyClassName?: string;
}) {
  const headingId = id ? `${id}-heading` : undefined;
  return (
    <section aria-labelledby={headingId} id={id} className={`rounded-lg border border-slate-200 bg-white shadow-xs ${className}`}>
      <header className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 px-4 py-2.5">
        <div className="min-w-0">
          <h2 id={headingId} className="flex items-center gap-2 text-sm font-semibold text-slate-900">
            {title}
            {count !== undefined && <span className="font-normal text-slate-500">{count}</span>}
          </h2>
          {description && <p className="text-xs text-slate-500">{description}</p>}
        </div>
        {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
      </header>
      <div className={bodyClassName}>{children}</div>
    </section>
  );
}
