import { z } from 'zod';

// Building blocks of the API's response schemas (the contract, see server/openapi.ts). Response objects
// are strict: an answer with a field the contract does not name fails the tests' check of every answer.

/** A moment, as JSON carries it (ISO 8601). */
export const DateTime = z.string().meta({ format: 'date-time' });
/** A calendar day, YYYY-MM-DD. */
export const Day = z.string().meta({ format: 'date' });
export const Uuid = z.string().meta({ format: 'uuid' });

/**
 * Someone named in an answer: id and name, nothing else. No component id: the document generator drops
 * `null` from a nullable reference to a named schema, so schemas used as nullable stay inline.
 */
export const PersonRef = z.strictObject({ id: Uuid, familyName: z.string(), givenName: z.string() });

/** A page of a list: items, where it is, and the count (capped, see shared/paging.ts). */
export const pageOf = <T extends z.ZodType>(item: T, id: string) =>
  z
    .strictObject({
      items: z.array(item),
      page: z.number().int(),
      pageSize: z.number().int(),
      total: z.number().int(),
      totalCapped: z.boolean(),
    })
    .meta({ id });

/** A list without paging. */
export const listOf = <T extends z.ZodType>(item: T, id: string) => z.strictObject({ items: z.array(item) }).meta({ id });
