// One unambiguous date format everywhere: "2026-12-11 16:12 UTC". UTC, so server and browser render the
// same text (no hydration mismatch) and nobody reads 12/11 as the 11th of December or the 12th of November.

/** "2026-12-11 16:12 UTC" (seconds too with `seconds: true`); "—" for a missing or unparseable value. */
export function formatDateTime(value: string | number | Date | null | undefined, { seconds = false } = {}): string {
  if (value === null || value === undefined || value === '') return '—';
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return typeof value === 'string' ? value : '—';
  const iso = d.toISOString(); // 2026-12-11T16:12:05.123Z
  return `${iso.slice(0, 10)} ${iso.slice(11, seconds ? 19 : 16)} UTC`;
}
