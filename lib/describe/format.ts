// Small formatting helpers shared by the plain-words descriptions and the lint findings,
// so a duration or a cross-project name reads the same everywhere in the dashboard.
import type { ResourceRef } from '../schemas/inventory';

/** Pub/Sub's defaults, used when a field is unset so a sentence states what actually happens. */
export const DEFAULT_SUBSCRIPTION_RETENTION_SECONDS = 7 * 86_400;
/** What GCP applies to a new subscription created without an explicit expiration period. */
export const DEFAULT_EXPIRATION_TTL_SECONDS = 31 * 86_400;

const SECONDS_PER_UNIT: ReadonlyArray<readonly [number, (n: number) => string]> = [
  [86_400, (n) => (n === 1 ? 'day' : 'days')],
  [3_600, () => 'h'],
  [60, () => 'min'],
  [1, () => 's'],
];

/**
 * "10 s", "10 min", "7 days", "1 h 30 min". At most the two largest non-zero units: operators read
 * "1 day 2 h", not "1 day 2 h 3 min 4 s". Sub-second values keep their fraction ("0.5 s") because
 * Pub/Sub durations carry nanos and "0 s" would be a lie.
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  if (seconds < 60 && !Number.isInteger(seconds)) return `${Number(seconds.toFixed(3))} s`;
  let rest = Math.round(seconds);
  if (rest === 0) return '0 s';
  const parts: string[] = [];
  for (const [size, unit] of SECONDS_PER_UNIT) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) parts.push(`${count} ${unit(count)}`);
  }
  // Truncate rather than round the dropped units: "1 day 23 h" must never become "2 days".
  parts.length = Math.min(parts.length, 2);
  return parts.join(' ');
}

/** gcloud's own duration syntax ("7d", "600s") for the fixes we suggest. */
export function gcloudDuration(seconds: number): string {
  if (seconds % 86_400 === 0) return `${seconds / 86_400}d`;
  if (seconds % 3_600 === 0) return `${seconds / 3_600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}

/** "1.5 GB", "10 MB", "512 bytes" (decimal units, as the Cloud Storage subscription settings use). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let i = 0;
  while (value >= 1000 && i < units.length - 1) {
    value /= 1000;
    i++;
  }
  return `${i === 0 ? value : Number(value.toFixed(1))} ${units[i]}`;
}

/**
 * A resource as an operator reads it: the short name inside the viewer's own project, `project/name`
 * across projects. Showing the project every time would bury the one cross-project link that matters.
 */
export function displayRef(ref: ResourceRef, fromProject: string): string {
  return ref.project === fromProject ? ref.name : `${ref.project}/${ref.name}`;
}
