import { z } from 'zod';
import { RISK_ACTIONS } from './risk-rules';
import { TREND_DIMENSIONS, TRENDS_MAX_ROUNDS } from './trends-policy';

/** Limits shared by the API and the UI. */
export const RISK_LIMITS = { note: 1000, pageSize: 100 } as const;

const Refresh = z.enum(['true', 'false']).optional();

export const TrendsQuery = z.strictObject({
  dimension: z.enum(TREND_DIMENSIONS).default('department'),
  // A survey field id, as in form definitions.
  field: z
    .string()
    .regex(/^[a-z][a-zA-Z0-9_-]{0,63}$/, { message: 'errors.invalidFormat' })
    .default('jobSatisfaction'),
  rounds: z.coerce.number().int().min(1).max(TRENDS_MAX_ROUNDS).optional(),
  refresh: Refresh,
});

export const RisksQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(RISK_LIMITS.pageSize).optional(),
  refresh: Refresh,
});

export const RiskParams = z.object({ id: z.uuid(), employeeId: z.uuid() });

export const NewRiskAction = z.strictObject({
  action: z.enum(RISK_ACTIONS),
  note: z.string().trim().max(RISK_LIMITS.note).default(''),
});
