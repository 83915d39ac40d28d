import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
};

describe('configuration', () => {
  it('has working defaults: port 3000, PGlite in ./data, demo data on', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: './data', DEMO_SEED: true, LOG_LEVEL: 'info' });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('names each bad variable and what is wrong with it', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://x',
      LOG_LEVEL: 'loud',
      DEMO_TOTP_SECRET: 'not base32!',
      SECRET_KEY: 'short',
      DEMO_SEED: 'maybe',
    });
    expect(problems.map((p) => p.split(/[ :]/)[0])).toEqual(
      expect.arrayContaining([
        'PORT',
        'DATABASE_URL',
        'LOG_LEVEL',
        'DEMO_TOTP_SECRET',
        'SECRET_KEY',
        'DEMO_SEED',
      ]),
    );
    expect(problems.find((p) => p.startsWith('PORT'))).toMatch(/"eighty"/);
  });

  it('refuses a demo password that breaks the password policy, without echoing it', () => {
    const [problem] = problemsOf({ DEMO_PASSWORD: 'qwerty' });
    expect(problem).toMatch(/^DEMO_PASSWORD: does not meet the password policy \(too_short\)/);
    expect(problem).not.toMatch(/qwerty/);
  });

  it('requires the SMTP password together with the SMTP user', () => {
    expect(problemsOf({ SMTP_USER: 'mailer' })[0]).toMatch(/^SMTP_PASSWORD/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).PORT).toBe(3000);
  });

  it('stops the server at start with a message naming the variable', () => {
    const result = spawnSync(process.execPath, ['src/main.ts'], {
      cwd: join(import.meta.dirname, '..'),
      env: { ...process.env, PORT: '99999', DATA_DIR: '/nonexistent' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Qorgau cannot start/);
    expect(result.stderr).toMatch(/PORT \(got "99999"\)/);
  });
});
