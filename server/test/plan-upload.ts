import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { LightMyRequestResponse } from 'fastify';
import type { Session } from './harness.ts';

/** The seed roadmap and the parser's fixtures, as files on disk. */
export const SEED_FILE = new URL('../../domain/data/roadmap-2020-156.kk.txt', import.meta.url);
export const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../../domain/fixtures/roadmap/${name}`, import.meta.url));

/** A multipart/form-data body with one file part, as a browser's FormData sends it. */
export function multipartBody(
  content: Buffer | string,
  filename: string | null = 'plan.txt',
  field = 'file',
): { payload: Buffer; contentType: string } {
  const boundary = `----qorgau${randomBytes(8).toString('hex')}`;
  const disposition = `form-data; name="${field}"${filename === null ? '' : `; filename="${filename}"`}`;
  const type = filename === null ? '' : 'Content-Type: text/plain\r\n';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, Buffer.isBuffer(content) ? content : Buffer.from(content), tail]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** Uploads a file to the import route as the session's user. */
export function uploadPlan(
  session: Session,
  content: Buffer | string,
  options: { dryRun?: boolean; filename?: string; locale?: string } = {},
): Promise<LightMyRequestResponse> {
  const { payload, contentType } = multipartBody(content, options.filename);
  return session.request('POST', `/api/v1/plans/import${options.dryRun ? '?dryRun=true' : ''}`, payload, {
    'content-type': contentType,
    ...(options.locale ? { 'accept-language': options.locale } : {}),
  });
}
