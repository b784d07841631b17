import Link from 'next/link';
import { Fragment } from 'react';
import { urls } from '@/lib/names';

/** "Overview / project / topics": the first crumb links home, the rest name where the page sits. */
export function Breadcrumb({ trail }: { trail: string[] }) {
  return (
    <nav aria-label="Breadcrumb" className="flex items-center gap-1">
      <Link href={urls.overview()} className="hover:text-slate-800 hover:underline">
        Overview
      </Link>
      {trail.map((crumb, i) => (
        <Fragment key={i}>
          <span aria-hidden>/</span>
          <span>{crumb}</span>
        </Fragment>
      ))}
    </nav>
  );
}
