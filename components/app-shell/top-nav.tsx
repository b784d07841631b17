'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { urls } from '@/lib/names';
import { useHealth } from '@/lib/queries';
import { Badge } from '@/components/ui/badge';
import { formatDateTime } from '@/components/ui/date-time';

const LINKS = [
  { href: urls.overview(), label: 'Overview', match: (p: string) => p === '/' },
  { href: urls.topology(), label: 'Topology', match: (p: string) => p.startsWith('/topology') },
];

export function TopNav() {
  const pathname = usePathname() ?? '/';
  const { data: health, error } = useHealth();
  const up = !error && health?.ok;
  return (
    <header className="sticky top-0 z-30 border-b border-slate-800 bg-slate-900 text-slate-100">
      <div className="mx-auto flex h-12 max-w-none items-center gap-6 px-6">
        <Link href="/" className="flex items-center gap-2 text-sm font-semibold tracking-tight text-white" aria-label="Pubscope home">
          <Logo />
          Pubscope
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1">
          {LINKS.map((l) => {
            const active = l.match(pathname);
            return (
              <Link
                key={l.href}
                href={l.href}
                aria-current={active ? 'page' : undefined}
                className={`rounded px-2.5 py-1 text-sm ${active ? 'bg-slate-700/70 text-white' : 'text-slate-300 hover:bg-slate-800 hover:text-white'}`}
              >
                {l.label}
              </Link>
            );
          })}
        </nav>
        <div className="ml-auto flex min-w-0 items-center gap-2 text-xs" aria-label="Connection">
          {health && (
            <>
              <span className="sr-only">Projects:</span>
              <ul className="flex min-w-0 items-center gap-1 overflow-hidden" aria-label="Projects">
                {health.projects.map((p) => (
                  <li key={p} className="truncate rounded bg-slate-800 px-1.5 py-0.5 font-mono text-[11px] text-slate-300">
                    {p}
                  </li>
                ))}
              </ul>
              <Badge tone={health.mode === 'emulator' ? 'violet' : 'sky'} title={`Connected to ${health.target}`}>
                {health.mode}
              </Badge>
            </>
          )}
          <span
            className="flex items-center gap-1.5 pl-1 text-slate-400"
            title={up ? `Pub/Sub answered at ${formatDateTime(health?.checkedAt, { seconds: true })}` : 'Pub/Sub is not answering'}
          >
            <span aria-hidden className={`h-2 w-2 rounded-full ${health === undefined && !error ? 'bg-slate-500' : up ? 'bg-emerald-400' : 'bg-red-500'}`} />
            <span>{health === undefined && !error ? 'checking' : up ? 'live' : 'offline'}</span>
          </span>
        </div>
      </div>
    </header>
  );
}

function Logo() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden fill="none" stroke="currentColor" strokeWidth="2">
      <circle cx="5" cy="12" r="2.5" className="fill-indigo-400 stroke-indigo-400" />
      <circle cx="19" cy="5" r="2.5" />
      <circle cx="19" cy="19" r="2.5" />
      <path d="M7.5 12 16.5 5.5M7.5 12l9 6.5" />
    </svg>
  );
}
