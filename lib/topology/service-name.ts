// A push endpoint's host often names the service behind it. Recognise the hosting platforms whose hostnames
// carry the service name, so the graph can say "billing" instead of "billing-x7k2m9qa3b-uc.a.run.app".

const PATTERNS: { platform: string; re: RegExp }[] = [
  // Cloud Run, deterministic URL: SERVICE-PROJECT_NUMBER.REGION.run.app
  { platform: 'Cloud Run', re: /^([a-z](?:[a-z0-9-]*[a-z0-9])?)-\d{6,}\.[a-z0-9-]+\.run\.app$/ },
  // Cloud Run, older URL: SERVICE-HASH-REGIONCODE.a.run.app
  { platform: 'Cloud Run', re: /^([a-z](?:[a-z0-9-]*[a-z0-9])?)-[a-z0-9]{10}-[a-z]{2}\.a\.run\.app$/ },
  // App Engine: SERVICE-dot-PROJECT.REGIONCODE.r.appspot.com (or VERSION-dot-SERVICE-dot-PROJECT…)
  { platform: 'App Engine', re: /^(?:[a-z0-9-]+-dot-)?([a-z0-9-]+)-dot-[a-z0-9-]+\.[a-z0-9]+\.r\.appspot\.com$/ },
];

export type ServiceName = { name: string; platform: string };

/** The service a push host belongs to, when its platform puts the name in the hostname; null otherwise. */
export function serviceNameOf(host: string): ServiceName | null {
  const bare = host.toLowerCase().replace(/:\d+$/, '');
  for (const { platform, re } of PATTERNS) {
    const m = re.exec(bare);
    if (m) return { name: m[1], platform };
  }
  return null;
}
