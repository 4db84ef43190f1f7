// Response shapes from docs/api.md, as the UI reads them.

import type { Capability } from '../domain/capabilities';
import type { Schemas } from './api-contract';

/** Every capability of the signed-in person (domain/capabilities.ts), as /auth/me sends them. */
export type Can = Record<Capability, boolean>;

export type Me = Schemas['Me'];

export type Page<T> = { items: T[]; page: number; pageSize: number; total: number; totalCapped?: boolean };

export type EmployeeStatus = Schemas['EmployeeSummary']['status'];
export type EmployeeSummary = Schemas['EmployeeSummary'];
export type EmployeeDetail = Schemas['EmployeeDetail'];

export type OutboxMail = {
  id: string;
  toAddress: string;
  subject: string;
  bodyText: string;
  /** outbox | pending | retrying | sent | failed */
  status: string;
  error: string | null;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
  canResend: boolean;
};

export type AuditEntry = {
  id: number;
  at: string;
  actor: { id: string; familyName: string; givenName: string } | null;
  action: string;
  entityType: string;
  entityId: string | null;
  ip: string | null;
  detail: Record<string, unknown> | null;
};

export type ImportRow = Schemas['ImportRow'];
export type ImportPreview = Schemas['ImportPreview'];
export type ImportEvent = Schemas['ImportEvent'];
