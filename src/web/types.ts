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

export type OutboxMail = Schemas['OutboxMail'];
export type AuditEntry = Schemas['AuditEntry'];

export type ImportRow = Schemas['ImportRow'];
export type ImportPreview = Schemas['ImportPreview'];
export type ImportEvent = Schemas['ImportEvent'];
