// Pub/Sub resource names and the URLs built from them. The ONE place names are validated and encoded.
// Names may contain `.`, `~`, `+` and `%`: every URL segment goes through encodeSegment. Next.js hands
// pages their params still percent-encoded (they call decodeParam once) but route handlers theirs decoded.
import type { ResourceRef } from './schemas/inventory';

export type NameCheck = { ok: true } | { ok: false; reason: string };

const NAME_RE = /^[A-Za-z][A-Za-z0-9\-_.~+%]*$/;

/** Topic, subscription, snapshot and schema names share one rule. */
export function checkResourceName(name: string): NameCheck {
  if (name.length < 3) return { ok: false, reason: `"${name}" is too short: names have 3 to 255 characters` };
  if (name.length > 255) return { ok: false, reason: `name is ${name.length} characters long: at most 255 allowed` };
  // The offending character first: "été" is wrong for its "é", not for how it starts.
  const bad = [...name].find((c) => !/[A-Za-z0-9\-_.~+%]/.test(c));
  if (bad !== undefined) {
    return { ok: false, reason: `"${name}" contains "${bad}": only ASCII letters, digits and - _ . ~ + % are allowed` };
  }
  if (!/^[A-Za-z]/.test(name)) return { ok: false, reason: `"${name}" must start with a letter` };
  if (name.toLowerCase().startsWith('goog')) return { ok: false, reason: `"${name}" must not start with "goog"` };
  return NAME_RE.test(name) ? { ok: true } : { ok: false, reason: `"${name}" is not a valid name` };
}

// Project IDs: 6–30 lower-case letters, digits and hyphens, optionally domain-scoped ("example.com:my-project").
const PROJECT_RE = /^(?:[a-z0-9][a-z0-9.-]*[a-z0-9]:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/;

export function checkProjectId(project: string): NameCheck {
  if (PROJECT_RE.test(project)) return { ok: true };
  return {
    ok: false,
    reason: `"${project}" is not a project ID: 6 to 30 lower-case letters, digits or hyphens, starting with a letter`,
  };
}

/** Percent-encode one URL path segment. encodeURIComponent leaves `.` and `~` alone, which is safe for names of 3+ chars. */
export function encodeSegment(s: string): string {
  return encodeURIComponent(s);
}

/**
 * Decode a page's dynamic route param exactly once. Next.js passes page params percent-encoded as they
 * appeared in the URL path, so "a%25b" (the name `a%b`) arrives as "a%25b" and must be decoded once, never twice.
 */
export function decodeParam(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export const urls = {
  overview: () => '/',
  topology: (q?: string) => (q ? `/topology?q=${encodeURIComponent(q)}` : '/topology'),
  topic: (r: ResourceRef) => `/projects/${encodeSegment(r.project)}/topics/${encodeSegment(r.name)}`,
  subscription: (r: ResourceRef) => `/projects/${encodeSegment(r.project)}/subscriptions/${encodeSegment(r.name)}`,
  service: (host: string) => `/services/${encodeSegment(host)}`,
  api: {
    inventory: () => '/api/inventory',
    health: () => '/api/health',
    topic: (r: ResourceRef) => `/api/projects/${encodeSegment(r.project)}/topics/${encodeSegment(r.name)}`,
    subscription: (r: ResourceRef) =>
      `/api/projects/${encodeSegment(r.project)}/subscriptions/${encodeSegment(r.name)}`,
  },
};

/** Full Pub/Sub path → ref. Returns null for anything else (e.g. `_deleted-topic_`). */
export function parseResourcePath(path: string | null | undefined, collection: string): ResourceRef | null {
  if (!path) return null;
  const m = new RegExp(`^projects/([^/]+)/${collection}/([^/]+)$`).exec(path);
  return m ? { project: m[1], name: m[2] } : null;
}

export function resourcePath(ref: ResourceRef, collection: 'topics' | 'subscriptions' | 'snapshots' | 'schemas') {
  return `projects/${ref.project}/${collection}/${ref.name}`;
}
