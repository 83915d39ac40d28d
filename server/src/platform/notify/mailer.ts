import nodemailer, { type Transporter } from 'nodemailer';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { defineJob } from '../jobs/queue.ts';

// E-mail goes through the durable outbox: a message is a job, sent by the worker with retries and
// backoff, so an SMTP server that is down for an hour delays mail but loses none.

const transports = new WeakMap<Config, Transporter>();

/** True when the installation has an SMTP server to send through. */
export function mailConfigured(config: Config): boolean {
  return config.SMTP_HOST !== undefined;
}

function transportFor(config: Config): Transporter {
  let transport = transports.get(config);
  if (!transport) {
    transport = nodemailer.createTransport({
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      secure: config.SMTP_SECURE,
      ...(config.SMTP_USER ? { auth: { user: config.SMTP_USER, pass: config.SMTP_PASSWORD } } : {}),
    });
    transports.set(config, transport);
  }
  return transport;
}

/** One message of the outbox, already in its recipient's language. */
export const emailJob = defineJob({
  kind: 'notify.email',
  payload: z.object({
    to: z.string().min(3).max(320),
    subject: z.string().max(1000),
    text: z.string().max(100_000),
    language: z.enum(['kk', 'ru', 'en']),
  }),
  maxAttempts: 8,
  async run(ctx, message) {
    if (!mailConfigured(ctx.config)) return { skipped: 'smtp not configured' };
    const info = await transportFor(ctx.config).sendMail({
      from: ctx.config.SMTP_FROM,
      to: message.to,
      subject: message.subject,
      text: message.text,
      headers: { 'Content-Language': message.language },
    });
    return { messageId: info.messageId };
  },
});
