import { z } from 'zod';
import type { Config } from '../../config.ts';
import { defineJob } from '../jobs/queue.ts';

// SMS goes through the operator's HTTP gateway, from the same durable outbox as e-mail: a gateway that is
// down delays a message and the worker retries it with backoff. The adapter speaks the common shape of
// Kazakh SMS gateways — a JSON POST with the sender, the number and the text, a bearer token — and treats any
// answer other than 2xx as a failure to retry.

/** True when the installation has an SMS gateway to send through. */
export function smsConfigured(config: Config): boolean {
  return config.SMS_GATEWAY_URL !== undefined;
}

/** A Kazakhstan mobile number in the form gateways expect: +7 and ten digits. */
export function normalisePhone(phone: string): string | null {
  const digits = phone.replace(/[^\d]/g, '');
  if (/^[78]\d{10}$/.test(digits)) return `+7${digits.slice(1)}`;
  return null;
}

/** One SMS of the outbox, already in its recipient's language. */
export const smsJob = defineJob({
  kind: 'notify.sms',
  payload: z.object({
    to: z.string().regex(/^\+7\d{10}$/),
    text: z.string().min(1).max(1000),
  }),
  maxAttempts: 8,
  async run(ctx, message) {
    const url = ctx.config.SMS_GATEWAY_URL;
    if (!url) return { skipped: 'sms gateway not configured' };
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(ctx.config.SMS_GATEWAY_TOKEN ? { authorization: `Bearer ${ctx.config.SMS_GATEWAY_TOKEN}` } : {}),
      },
      body: JSON.stringify({ sender: ctx.config.SMS_SENDER, to: message.to, text: message.text }),
      signal: AbortSignal.timeout(15_000),
    });
    const answer = await response.text();
    if (!response.ok) throw new Error(`SMS gateway answered ${response.status}: ${answer.slice(0, 200)}`);
    return { status: response.status, answer: answer.slice(0, 500) };
  },
});
