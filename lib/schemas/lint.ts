import { z } from 'zod';

export const severitySchema = z.enum(['critical', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;

export const findingSchema = z.object({
  ruleId: z.string(),
  severity: severitySchema,
  resource: z.object({
    kind: z.enum(['topic', 'subscription']),
    project: z.string(),
    name: z.string(),
  }),
  /** One line: what is wrong, naming the resource's own facts. */
  title: z.string(),
  /** Why it matters, in an operator's words. */
  explanation: z.string(),
  /** What to do, ideally a concrete gcloud command. */
  fix: z.string(),
});
export type Finding = z.infer<typeof findingSchema>;

export const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };
