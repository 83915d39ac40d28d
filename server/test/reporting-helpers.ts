import { expect } from 'vitest';
import { seedPlan } from '../src/seed/plan.ts';
import type { Session, TestApp } from './harness.ts';
import { multipartBody } from './plan-upload.ts';

/** A small but real PDF, as a scanner would produce (the type is read from "%PDF-"). */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

/** The first bytes of a Linux executable, padded: what an ".pdf" that is really a program looks like. */
export const ELF = Buffer.concat([
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]),
  Buffer.alloc(120, 1),
]);

/** The first bytes of a Windows program ("MZ", the DOS stub, the offset of the PE header), padded. */
export const WINDOWS_EXE = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(58, 0),
  Buffer.from([0x80, 0x00, 0x00, 0x00]),
  Buffer.alloc(64, 0),
  Buffer.from('PE\0\0'),
  Buffer.alloc(64, 0),
]);

/** Loads the 2020 roadmap and opens a yearly period of it as the coordinator; returns the period. */
export async function openYear(t: TestApp, coordinator: Session, year: number) {
  await seedPlan(t.ctx);
  const planId = (await coordinator.request('GET', '/api/v1/plans')).json().items[0].id as string;
  const response = await coordinator.request('POST', '/api/v1/reporting/periods', { planId, year });
  expect(response.statusCode, response.body).toBe(201);
  return { planId, result: response.json(), periodId: response.json().period.id as string };
}

/** Uploads an evidence file to an obligation's report. */
export function uploadEvidence(session: Session, obligationId: string, content: Buffer, filename: string) {
  const { payload, contentType } = multipartBody(content, filename);
  return session.request('POST', `/api/v1/reporting/obligations/${obligationId}/evidence`, payload, {
    'content-type': contentType,
  });
}

/** A complete report that passes submission. */
export const goodReport = (text: string, extra: Record<string, unknown> = {}) => ({
  status: 'executed',
  text: { kk: text },
  indicators: { events_held: 3, participants: 120 },
  spending: { republican: '12,5' },
  ...extra,
});
