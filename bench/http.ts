/**
 * The app in-process on a free port, and demo accounts signing in over HTTP like a browser: what every
 * benchmark that measures endpoints starts with.
 */
import { buildApp } from '../server/src/app.ts';
import { totpCode } from '../server/src/platform/auth/totp.ts';
import type { AppContext } from '../server/src/platform/context.ts';

/** Starts the API (no SPA) on a free local port. */
export async function listen(ctx: AppContext) {
  const { app } = await buildApp(ctx, { serveWeb: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { app, origin };
}

/** Signs a demo account in and returns its session cookie; a TOTP code already used waits for the next. */
export async function signIn(
  origin: string,
  username: string,
  totpSecret: string,
  retry = true,
): Promise<string> {
  const response = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Qorgau-Demo-2026', totp: totpCode(totpSecret, new Date()) }),
  });
  if (!response.ok) {
    const text = await response.text();
    // A code is good once: a rerun within the same 30 s step waits for the next one.
    if (retry && text.includes('TOTP_INVALID')) {
      await new Promise((resolve) => setTimeout(resolve, 30_500 - (Date.now() % 30_000)));
      return signIn(origin, username, totpSecret, false);
    }
    throw new Error(`sign-in of ${username} failed: ${text}`);
  }
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}
