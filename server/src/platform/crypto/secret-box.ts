import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Encrypts small secrets (TOTP keys) at rest with AES-256-GCM under the installation's key. */
export interface SecretBox {
  seal(plain: string): string;
  open(sealed: string): string;
}

/** A SecretBox over a 32-byte key. Sealed form: base64url(iv).base64url(tag).base64url(ciphertext). */
export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('The secret key must be 32 bytes');
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
    },
    open(sealed) {
      const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
      if (!iv || !tag || !body) throw new Error('Malformed sealed secret');
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    },
  };
}

/**
 * The installation's secret key: SECRET_KEY when set; otherwise a key generated once and kept in
 * `<dataDir>/secret.key` (mode 0600), so a demo installation needs no setup and survives restarts.
 */
export function loadSecretKey(configured: string | undefined, dataDir: string | null): Buffer {
  if (configured) return Buffer.from(configured, 'hex');
  if (dataDir === null) return randomBytes(32);
  const file = join(dataDir, 'secret.key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  mkdirSync(dirname(file), { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex'), { mode: 0o600 });
  return key;
}
