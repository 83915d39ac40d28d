import { z } from 'zod';

export const notificationSchema = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    /** In the reader's language. */
    title: z.string(),
    body: z.string(),
    link: z.string().nullable(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'Notification' });

export const notificationListSchema = z
  .object({ items: z.array(notificationSchema), unread: z.number().int() })
  .meta({ id: 'NotificationList' });
