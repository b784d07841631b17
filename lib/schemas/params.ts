// Route handler params, validated with the reason in the 400. Next.js hands route handlers their params
// already percent-decoded (pages get them encoded and call decodeParam): decoding again here would turn
// the name `a%41` into `aA`.
import { z } from 'zod';
import { checkProjectId, checkResourceName } from '../names';

const decoded = z.string();

export const projectParam = decoded.superRefine((v, ctx) => {
  const c = checkProjectId(v);
  if (!c.ok) ctx.addIssue({ code: 'custom', message: c.reason });
});

export const resourceNameParam = decoded.superRefine((v, ctx) => {
  const c = checkResourceName(v);
  if (!c.ok) ctx.addIssue({ code: 'custom', message: c.reason });
});

export const topicParams = z.object({ project: projectParam, topic: resourceNameParam });
export const subscriptionParams = z.object({ project: projectParam, subscription: resourceNameParam });
