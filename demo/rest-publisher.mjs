// Publishing through the emulator's REST API with plain fetch. The demo services use this instead of
// the client library because importing @google-cloud/pubsub costs ~0.5 s of CPU per process, and
// the sample system starts seven of them at once (the end-to-end tests wait for that).
// The messages are the same as the client library would publish.

/**
 * @param {string} emulatorHost host:port
 * @param {string} project
 * @param {string} topic
 * @param {{ data: unknown, attributes?: Record<string, string> }} message data is JSON-encoded
 * @returns {Promise<string>} the message ID
 */
export async function publishJson(emulatorHost, project, topic, { data, attributes = {} }) {
  const url = `http://${emulatorHost}/v1/projects/${encodeURIComponent(project)}/topics/${encodeURIComponent(topic)}:publish`;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ data: Buffer.from(JSON.stringify(data)).toString('base64'), attributes }] }),
    signal: AbortSignal.timeout(5000),
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(`publish to ${topic} failed: ${res.status} ${body?.error?.message ?? ''}`.trim());
  return body.messageIds?.[0];
}
