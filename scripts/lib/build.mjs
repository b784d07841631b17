// When the dashboard must be (re)built: shared by `npm run demo` and `npm run bench` so they agree on "stale".
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Newest modification time of a file, or of anything under a directory (skipping dot-folders and node_modules). */
function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  const stat = statSync(dir);
  let newest = stat.mtimeMs;
  if (!stat.isDirectory()) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Why a rebuild is needed ("no build yet", "lib changed since the last build"), or null when .next is current. */
export function buildIsStale(root = '.') {
  const buildId = path.join(root, '.next/BUILD_ID');
  if (!existsSync(buildId)) return 'no build yet';
  const built = statSync(buildId).mtimeMs;
  const rootFiles = readdirSync(root).filter((f) =>
    /^(next\.config\.|postcss\.config\.|instrumentation\.|middleware\.|proxy\.|package(-lock)?\.json$|tsconfig\.json$)/.test(f),
  );
  for (const source of ['app', 'lib', 'components', 'public', ...rootFiles]) {
    if (newestMtime(path.join(root, source)) > built) return `${source} changed since the last build`;
  }
  return null;
}
