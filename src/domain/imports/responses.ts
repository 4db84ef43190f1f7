import { z } from 'zod';

// What an import answers: the preview (every row checked) and the lines of the commit's NDJSON stream.

const RowError = z.strictObject({ field: z.string(), column: z.string().nullable(), message: z.string() });
export const ImportRow = z
  .strictObject({ line: z.number().int(), ok: z.boolean(), data: z.record(z.string(), z.string().nullable()), errors: z.array(RowError) })
  .meta({ id: 'ImportRow' });

export const ImportPreview = z
  .strictObject({
    importId: z.null(),
    kind: z.enum(['employees', 'departments', 'careerPaths']),
    total: z.number().int(),
    valid: z.number().int(),
    invalid: z.number().int(),
    newCount: z.number().int(),
    existingCount: z.number().int(),
    columns: z.array(z.strictObject({ field: z.string(), header: z.string(), label: z.string().nullable() })),
    rows: z.array(ImportRow),
  })
  .meta({ id: 'ImportPreview' });

/** The commit's answer, one JSON object per line: progress, then done or error (also the 400 body). */
export const ImportEvent = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('progress'), done: z.number().int(), total: z.number().int() }),
    z.strictObject({
      type: z.literal('done'),
      created: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      total: z.number().int(),
    }),
    z.strictObject({
      type: z.literal('error'),
      message: z.string(),
      rows: z.array(ImportRow).optional(),
      error: z.strictObject({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() }),
    }),
  ])
  .meta({ id: 'ImportEvent' });

export type ImportPreview = z.infer<typeof ImportPreview>;
export type ImportEvent = z.infer<typeof ImportEvent>;
