import { apiRoute } from '@/lib/api/handler';
import { subscriptionView } from '@/lib/inventory/views';
import { subscriptionParams } from '@/lib/schemas/params';

export const dynamic = 'force-dynamic';

// GET /api/projects/:project/subscriptions/:subscription – the subscription's configuration, relations, IAM and findings
export const GET = apiRoute({ params: subscriptionParams }, ({ params }) =>
  subscriptionView({ project: params.project, name: params.subscription }),
);
