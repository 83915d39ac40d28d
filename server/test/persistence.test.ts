import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { users } from '../src/platform/auth/tables.ts';
import { createLogger, openContext } from '../src/platform/runtime.ts';
import { demoLogins, seedDemo } from '../src/seed/demo.ts';
import { DEMO_USERS } from '../src/seed/demo-users.ts';
import { seedTerritory } from '../src/seed/territory.ts';
import { TestClock } from './harness.ts';

describe('an installation on PGlite in DATA_DIR', () => {
  it('keeps its data, its secret key and its TOTP secrets across a restart, and seeds only once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'qorgau-restart-'));
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    const options = { log: createLogger('silent'), clock: new TestClock() };
    try {
      const first = await openContext(config, options);
      await seedTerritory(first.ctx.db);
      expect((await seedDemo(first.ctx)).users).toBe(DEMO_USERS.length);
      const secretBefore = (await demoLogins(first.ctx)).find((l) => l.username === 'admin')?.totpSecret;
      await first.ctx.db
        .update(users)
        .set({ fullName: 'Changed Before Restart' })
        .where(eq(users.username, 'kdn'));
      await first.database.close();

      const second = await openContext(config, options);
      expect(await seedTerritory(second.ctx.db)).toEqual({ loaded: 0 });
      expect(await seedDemo(second.ctx)).toEqual({ organisations: 0, users: 0 });
      const [{ n }] = (await second.ctx.db.select({ n: count() }).from(users)) as [{ n: number }];
      expect(n).toBe(DEMO_USERS.length);
      const [kdn] = await second.ctx.db.select().from(users).where(eq(users.username, 'kdn'));
      expect(kdn?.fullName).toBe('Changed Before Restart');
      expect((await demoLogins(second.ctx)).find((l) => l.username === 'admin')?.totpSecret).toBe(
        secretBefore,
      );
      await second.database.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
