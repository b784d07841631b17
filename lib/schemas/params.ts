// Route params: decoded exactly once, then validated with the reason in the 400.
import { z } from 'zod';
import { checkProjectId, checkResourceName, decodeParam } from '../names';

const decoded = z.string().transform(decodeParam);

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
