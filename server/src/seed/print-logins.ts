import type { Config } from '../config.ts';
import type { DemoLogin } from './demo.ts';
import { DEFAULT_DEMO_PASSWORD } from './demo-users.ts';

/** Prints the demo accounts so a new user can sign in at once (demo installations only). */
export function printDemoLogins(logins: DemoLogin[], config: Config, url: string): void {
  const password = config.DEMO_PASSWORD ? '(the value of DEMO_PASSWORD)' : DEFAULT_DEMO_PASSWORD;
  const width = Math.max(...logins.map((l) => l.username.length), 8);
  const lines = [
    '',
    `Qorgau is running at ${url}`,
    `Demo accounts — password for all: ${password}`,
    '',
    ...logins.map((l) => `  ${l.username.padEnd(width)}  ${l.roles.join(', ')} — ${l.organisation}`),
  ];
  const withTotp = logins.filter((l) => l.totpSecret);
  if (withTotp.length > 0) {
    lines.push(
      '',
      'These accounts need a one-time code (TOTP). Add the secret to an authenticator app, or print the current code with',
      '  npm run -s qorgau -- demo totp <username>',
      '',
      ...withTotp.map((l) => `  ${l.username.padEnd(width)}  ${l.totpSecret}`),
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}
