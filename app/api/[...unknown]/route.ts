import { notFound } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/handler';

export const dynamic = 'force-dynamic';

// ANY /api/<unknown> – a JSON 404 in the error envelope instead of the HTML not-found page
const unknownRoute = apiRoute({}, async ({ request }) => {
  throw notFound(`No API route ${new URL(request.url).pathname}`);
});

export { unknownRoute as GET, unknownRoute as POST, unknownRoute as PUT, unknownRoute as PATCH, unknownRoute as DELETE };
