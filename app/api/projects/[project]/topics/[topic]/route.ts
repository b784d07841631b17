import { apiRoute } from '@/lib/api/handler';
import { topicView } from '@/lib/inventory/views';
import { topicParams } from '@/lib/schemas/params';

export const dynamic = 'force-dynamic';

// GET /api/projects/:project/topics/:topic – the topic, its subscriptions, the subscriptions dead-lettering into it, findings
export const GET = apiRoute({ params: topicParams }, ({ params }) =>
  topicView({ project: params.project, name: params.topic }),
);
