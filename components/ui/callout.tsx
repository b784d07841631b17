import type { ReactNode } from 'react';

const TONES = {
  red: 'border-red-300 bg-red-50 text-red-900',
  amber: 'border-amber-300 bg-amber-50 text-amber-900',
  sky: 'border-sky-200 bg-sky-50 text-sky-900',
  slate: 'border-slate-200 bg-slate-50 text-slate-800',
};

export function Callout({
  tone = 'slate',
  title,
  children,
  role,
}: {
  tone?: keyof typeof TONES;
  title: ReactNode;
  children?: ReactNode;
  role?: 'alert' | 'status' | 'note';
}) {
  return (
    <div role={role} className={`rounded-md border px-3 py-2.5 text-sm ${TONES[tone]}`}>
      <p className="font-semibold">{title}</p>
      {children && <div className="mt-1 text-[13px] leading-relaxed opacity-90">{children}</div>}
    </div>
  );
}
