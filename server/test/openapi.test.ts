import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('the API description', () => {
  it('is OpenAPI 3.1 at /api/openapi.json, with every /api/v1 route and its permission', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(
      doc.paths as Record<string, Record<string, { description?: string }>>,
    ).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const routes = t.routes
      .filter((r) => r.url.startsWith('/api/v1') && r.method !== 'HEAD')
      .map((r) => `${r.method} ${r.url}`);
    expect(documented.filter((d) => d.includes(' /api/v1')).sort()).toEqual(routes.sort());
    expect(doc.paths['/api/v1/users'].get.description).toMatch(/Permission: `read:user`/);
  });

  it('is browsable at /api/docs', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/swagger/i);
  });

  it('reports health with the database kind and version', async () => {
    const health = (await t.app.inject({ method: 'GET', url: '/api/health' })).json();
    expect(health).toEqual({
      status: 'ok',
      database: expect.stringMatching(/^(pglite|postgresql)$/),
      version: '0.1.0',
    });
  });

  it('sends the security headers: CSP without inline scripts, no framing, nosniff, referrer policy', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('answers an unknown API path with a localised 404', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/nothing-here',
      headers: { 'accept-language': 'ru' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({ code: 'NOT_FOUND', message: 'Не найдено.' });
  });
});
