'use client';
// The one error view: route error boundaries (error.tsx) and failed queries both end up here.
import Link from 'next/link';
import { isApiError } from '@/lib/queries';
import { checkProjectId, checkResourceName, urls } from '@/lib/names';

export type ErrorSubject = { kind: 'topic' | 'subscription' | 'service'; project?: string; name: string };

const KIND_LABEL = { topic: 'Topic', subscription: 'Subscription', service: 'Service' } as const;

export function ErrorState({ error, retry, subject }: { error: unknown; retry?: () => void; subject?: ErrorSubject }) {
  const api = isApiError(error) ? error : null;
  const message = error instanceof Error ? error.message : String(error);

  let heading = 'Something went wrong';
  let body: string = message;
  let hint: string | null = null;
  let tone = 'border-red-200';
  if (api?.isNotFound) {
    heading = subject ? `${KIND_LABEL[subject.kind]} not found` : 'Not found';
    body = api.message;
    hint = 'It may have been deleted, or the name in the link is wrong. Search for it in the topology.';
    tone = 'border-slate-200';
  } else if (api?.isBadRequest) {
    // Name what is actually invalid, with the same checks the API applies; otherwise the API's own words.
    const badProject = !!subject?.project && !checkProjectId(subject.project).ok;
    const badName = !!subject && subject.kind !== 'service' && !checkResourceName(subject.name).ok;
    if (subject && badProject && badName) {
      heading = `Neither the project ID nor the ${subject.kind} name in this link is valid`;
    } else if (subject && badProject) {
      heading = `"${subject.project}" is not a valid project ID`;
    } else if (subject && badName) {
      heading = `"${subject.name}" is not a valid ${subject.kind} name`;
    } else {
      heading = api.message;
    }
    body = heading === api.message ? `The Pubscope API rejected this request (${api.code}).` : api.message;
    const hints: string[] = [];
    if (badProject) hints.push('Project IDs have 6 to 30 lower-case letters, digits or hyphens, starting with a letter.');
    if (badName) hints.push('Pub/Sub names have 3 to 255 characters: letters, digits and - _ . ~ + %, starting with a letter.');
    hint = hints.length ? hints.join(' ') : null;
    tone = 'border-amber-200';
  } else if (api?.isUnavailable) {
    heading = 'Pub/Sub is unreachable';
    body = api.message;
    hint = 'This page retries on its own and fills in as soon as Pub/Sub answers.';
  } else if (error instanceof Error && 'digest' in error && error.digest) {
    body = `${message} (reference ${String(error.digest)})`;
  }

  return (
    <div className="mx-auto w-full max-w-3xl px-6 py-10">
      <div className={`rounded-lg border bg-white p-6 shadow-xs ${tone}`}>
        <h1 className="text-lg font-semibold text-slate-900">{heading}</h1>
        <p className="mt-2 break-words text-sm text-slate-700">{body}</p>
        {hint && <p className="mt-2 text-sm text-slate-500">{hint}</p>}
        <div className="mt-5 flex flex-wrap gap-2">
          {retry && !api?.isNotFound && !api?.isBadRequest && (
            <button
              type="button"
              onClick={retry}
              className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700"
            >
              Try again
            </button>
          )}
          {subject && api?.isNotFound && (
            <Link
              href={urls.topology(subject.name)}
              className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700"
            >
              Search the topology for “{subject.name}”
            </Link>
          )}
          <Link
            href={urls.overview()}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
          >
            Back to overview
          </Link>
        </div>
      </div>
    </div>
  );
}
