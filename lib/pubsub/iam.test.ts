import { describe, expect, it } from 'vitest';
import { agentHasRole } from './iam';

const agent = 'serviceAccount:service-123456789@gcp-sa-pubsub.iam.gserviceaccount.com';

describe('agentHasRole', () => {
  it('finds the Pub/Sub service agent in a matching binding', () => {
    expect(agentHasRole({ bindings: [{ role: 'roles/pubsub.publisher', members: [agent] }] }, ['roles/pubsub.publisher'])).toBe(true);
  });
  it('ignores other members and other roles', () => {
    expect(
      agentHasRole(
        {
          bindings: [
            { role: 'roles/pubsub.publisher', members: ['serviceAccount:app@p.iam.gserviceaccount.com'] },
            { role: 'roles/pubsub.viewer', members: [agent] },
          ],
        },
        ['roles/pubsub.publisher'],
      ),
    ).toBe(false);
    expect(agentHasRole({}, ['roles/pubsub.publisher'])).toBe(false);
  });
});
