import { Secret, TOTP } from 'otpauth';

const PERIOD_SECONDS = 30;

/** A new random TOTP secret (160 bits, base32). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app reads (as text or QR code). */
export function totpUri(secret: string, username: string): string {
  return new TOTP({
    issuer: 'Qorgau',
    label: username,
    secret: Secret.fromBase32(secret),
    period: PERIOD_SECONDS,
  }).toString();
}

/** The current code for a secret (used by the demo CLI and tests). */
export function totpCode(secret: string, at: Date): string {
  return TOTP.generate({
    secret: Secret.fromBase32(secret),
    period: PERIOD_SECONDS,
    timestamp: at.getTime(),
  });
}

/**
 * Checks a code, allowing one step of clock drift either way. Returns the time step it matched, so the
 * caller can refuse a code that was already used (replay), or null.
 */
export function checkTotp(secret: string, token: string, at: Date): number | null {
  if (!/^\d{6}$/.test(token)) return null;
  const delta = TOTP.validate({
    token,
    secret: Secret.fromBase32(secret),
    period: PERIOD_SECONDS,
    timestamp: at.getTime(),
    window: 1,
  });
  if (delta === null) return null;
  return Math.floor(at.getTime() / 1000 / PERIOD_SECONDS) + delta;
}
