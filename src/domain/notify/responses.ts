import { z } from 'zod';
import { DateTime, Uuid } from '../shared/contract';

/** One page of the reader's notifications, rendered in their language; never an answer or a note. */
export const NotificationList = z
  .strictObject({
    unread: z.number().int(),
    /** All of the reader's notifications, read or not. */
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    items: z.array(
      z.strictObject({
        id: Uuid,
        kind: z.string(),
        text: z.string(),
        link: z.string().nullable(),
        read: z.boolean(),
        createdAt: DateTime,
      }),
    ),
  })
  .meta({ id: 'NotificationList' });
export type NotificationList = z.infer<typeof NotificationList>;
