import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto w-full max-w-3xl px-6 py-10">
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <h1 className="text-lg font-semibold text-slate-900">Page not found</h1>
        <p className="mt-2 text-sm text-slate-600">There is no page at this address. Topics and subscriptions live under /projects/…</p>
        <div className="mt-5 flex gap-2">
          <Link href="/" className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white">
            Overview
          </Link>
          <Link href="/topology" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700">
            Topology
          </Link>
        </div>
      </div>
    </div>
  );
}
