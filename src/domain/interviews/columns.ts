import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { departments, employees, formResponses, interviews } from '../../db/schema';

// Query pieces every list of interviews uses, defined once.

/** The person who interviews (a second join on employees). */
export const interviewerPerson = alias(employees, 'interviewer_person');

/** Each interview's sheet and survey, joined through the (interview, kind) unique index. */
export const sheetResponse = alias(formResponses, 'sheet');
export const surveyResponse = alias(formResponses, 'survey');
export const sheetJoin = and(eq(sheetResponse.interviewId, interviews.id), eq(sheetResponse.kind, 'sheet'));
export const surveyJoin = and(eq(surveyResponse.interviewId, interviews.id), eq(surveyResponse.kind, 'survey'));

/** What a list shows of a person and of a department. */
export const employeeRef = {
  id: employees.id,
  familyName: employees.familyName,
  givenName: employees.givenName,
  employeeNumber: employees.employeeNumber,
};
export const interviewerRef = {
  id: interviewerPerson.id,
  familyName: interviewerPerson.familyName,
  givenName: interviewerPerson.givenName,
};
export const departmentRef = { id: departments.id, name: departments.name, nameEn: departments.nameEn };

/** A response that does not exist yet is 「未着手」. */
export const formState = (status: string | null | undefined) => (status ?? 'notStarted') as 'notStarted' | 'draft' | 'submitted';

/** A left-joined record whose id is null was not there. */
export const present = <T extends { id: string | null }>(r: T | null | undefined): T | null => (r?.id ? r : null);
