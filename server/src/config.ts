import { responseTimeTargetsSchema } from '@qorgau/domain/cases/triage';
import { z } from 'zod';
import { passwordProblems } from './platform/auth/password-policy.ts';

/**
 * Every setting Qorgau reads from the environment. Nothing else in the code reads process.env:
 * the process refuses to start on a bad value and names the variable.
 */
const booleanString = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const base32Secret = z
  .string()
  .regex(/^[A-Z2-7]{16,}=*$/, 'must be a base32 secret of at least 16 characters (A–Z, 2–7)');

export const configSchema = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
      .optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SECRET_KEY: z
      .string()
      .regex(/^[0-9a-f]{64}$/i, 'must be 64 hexadecimal characters (32 bytes)')
      .optional(),
    TRUST_PROXY: booleanString.default(false),
    PUBLIC_URL: z.url().optional(),
    DEMO_SEED: booleanString.default(true),
    SEED_ROADMAP: booleanString.default(true),
    CASE_RESPONSE_HOURS: z
      .string()
      .default('2,24,72,168')
      .transform((value, ctx) => {
        const [immediate, high, medium, low] = value.split(',').map((part) => Number(part.trim()));
        const parsed = responseTimeTargetsSchema.safeParse({ immediate, high, medium, low });
        if (!parsed.success) {
          ctx.addIssue({
            code: 'custom',
            message: 'must be four hours for immediate,high,medium,low risk, each no longer than the next',
          });
          return z.NEVER;
        }
        return parsed.data;
      }),
    DEMO_PASSWORD: z
      .string()
      .optional()
      .superRefine((value, ctx) => {
        if (value === undefined) return;
        for (const problem of passwordProblems(value, 'demo')) {
          ctx.addIssue({ code: 'custom', message: `does not meet the password policy (${problem})` });
        }
      }),
    DEMO_TOTP_SECRET: base32Secret.optional(),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(12),
    LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).max(100).default(5),
    LOCKOUT_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
    BODY_LIMIT_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(100 * 1024 * 1024)
      .default(1024 * 1024),
    SMTP_HOST: z.string().min(1).optional(),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
    SMTP_SECURE: booleanString.default(false),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASSWORD: z.string().min(1).optional(),
    SMTP_FROM: z.string().min(3).default('Qorgau <no-reply@qorgau.local>'),
    SMS_GATEWAY_URL: z.url().optional(),
    SMS_GATEWAY_TOKEN: z.string().min(1).optional(),
    SMS_SENDER: z.string().min(1).max(11).default('Qorgau'),
    FILE_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(1024 * 1024 * 1024)
      .default(20 * 1024 * 1024),
    JOB_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
    JOBS_ENABLED: booleanString.default(true),
  })
  .superRefine((c, ctx) => {
    if (c.SMTP_USER !== undefined && c.SMTP_PASSWORD === undefined) {
      ctx.addIssue({ code: 'custom', path: ['SMTP_PASSWORD'], message: 'is required when SMTP_USER is set' });
    }
  });

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

/** Parses the environment; throws ConfigError naming every bad variable. Empty strings count as unset. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = configSchema.safeParse(cleaned);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'configuration');
      const shown = name in cleaned && !/PASSWORD|SECRET/.test(name) ? ` (got "${cleaned[name]}")` : '';
      return `${name}${shown}: ${issue.message}`;
    }),
  );
}
