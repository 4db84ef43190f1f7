import { type SQL, sql } from 'drizzle-orm';
import { companyTimeZone } from './calendar';

/** Today in the company's calendar, in SQL: the database session's own zone is not the company's. */
export const companyTodaySql = (): SQL<string> => sql<string>`(now() at time zone ${companyTimeZone()})::date`;
