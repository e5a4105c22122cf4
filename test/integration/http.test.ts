// The HTTP transport on a real 127.0.0.1 server: same answers as dispatch, guarded edges.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningServer } from '../../main/transports/http';
import { expectOk, OWNER, openTestApp, SETUP_INPUT, type TestApp } from '../support/app';
import { tempDir } from '../support/temp';
import { signedIn } from '../support/signed-in';

let app: TestApp;
let server: RunningServer;
let staticDir: { dir: string; cleanup: () => void };

beforeEach(async () => {
  app = await openTestApp();
  staticDir = tempDir('mitzui-static-');
  fs.writeFileSync(
    path.join(staticDir.dir, 'index.html'),
    '<!doctype html><html dir="rtl"><title>מיצוי</title></html>',
  );
  server = await startHttpServer({ dispatch: app.dispatch, sessions: app.sessions, staticDir: staticDir.dir, port: 0 });
});
afterEach(async () => {
  await server.close();
  app.dispose();
  staticDir.cleanup();
});

function post(name: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.url}api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('HTTP transport', () => {
  it('binds to 127.0.0.1 and carries setup, login and a session-bearing call', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await (await post('office.setup', SETUP_INPUT)).json()).toEqual({ ok: true, value: { officeId: 1 } });
    const login = (await (await post('auth.login', OWNER)).json()) as { value: { token: string } };
    const search = await post('clients.search', {}, { 'x-mitzui-session': login.value.token });
    expect(search.headers.get('cache-control')).toBe('no-store');
    expect(await search.json()).toEqual({ ok: true, value: { rows: [], total: 0 } });
  });

  it('refuses a call without a session with a Hebrew message', async () => {
    const reply = await (await post('clients.search', {})).json();
    expect(reply).toEqual({ ok: false, error: { code: 'unauthenticated', message: 'יש להתחבר למערכת כדי להמשיך' } });
  });

  it('refuses non-JSON posts, malformed JSON and a foreign Host header', async () => {
    const form = await fetch(`${server.url}api/office.status`, {
      method: 'POST',
      body: 'a=1',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    const broken = await fetch(`${server.url}api/office.status`, {
      method: 'POST',
      body: '{',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    // A DNS-rebinding page reaches us under its own host name; fetch cannot forge Host, node:http can.
    const rebound = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${server.url}api/office.status`, {
        method: 'POST',
        headers: { Host: 'evil.example', 'Content-Type': 'application/json' },
      });
      request.on('response', (response) => resolve(response.statusCode ?? 0)).on('error', reject);
      request.end('{}');
    });
    expect(rebound).toBe(421);
  });

  it('refuses a call from a page of another origin, and takes its own page and programs that name none', async () => {
    const from = (origin: string | null) =>
      new Promise<number>((resolve, reject) => {
        const headers: Record<string, string> = { 'Content-Type': 'application/json' };
        if (origin !== null) headers.Origin = origin;
        const request = http.request(`${server.url}api/office.status`, { method: 'POST', headers });
        request.on('response', (response) => resolve(response.statusCode ?? 0)).on('error', reject);
        request.end('{}');
      });
    const own = new URL(server.url).origin;
    for (const foreign of [
      'http://evil.example',
      'null',
      `${own.replace('127.0.0.1', 'localhost')}`,
      'http://127.0.0.1:1',
    ])
      expect(await from(foreign)).toBe(403);
    expect(await from(own)).toBe(200);
    expect(await from(null)).toBe(200);
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('מיצוי');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 400 to URLs that once took the process down, and goes on serving', async () => {
    for (const target of [
      '/api/%FF',
      '//x:99999/',
      '/%FF',
      '/api/clients.search%00',
      '/api/..%2F..%2Fetc',
      'http://[::1',
    ]) {
      const status = await new Promise<number>((resolve, reject) => {
        const request = http.request({
          host: '127.0.0.1',
          port: server.port,
          path: target,
          method: 'GET',
          headers: { Host: `127.0.0.1:${server.port}` },
        });
        request.on('response', (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        request.on('error', reject);
        request.end();
      });
      expect([400, 404], target).toContain(status);
    }
    expect((await fetch(server.url)).status).toBe(200);
    expect(await (await post('office.status', {})).json()).toMatchObject({ ok: true });
  });

  it('reads a body only for a caller who may call the procedure, and only up to its limit', async () => {
    expectOk(await app.call(null, 'office.setup', SETUP_INPUT));
    const token = signedIn(await app.call(null, 'auth.login', OWNER)).token;
    const big = { firstNameHe: 'א'.repeat(600_000) };
    // Without a session the answer comes without the 1 MB body being read.
    expect(await (await post('clients.create', big)).json()).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    // A signed-in caller's form may not exceed the form limit…
    const tooLarge = await post('clients.create', big, { 'x-mitzui-session': token });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ ok: false, error: { message: 'הבקשה גדולה מדי' } });
    // …while a document upload of the same size is read and checked by its schema.
    const upload = await post(
      'documents.add',
      { clientId: 1, kind: 'other', name: 'x.pdf', mimeType: 'application/pdf', contentBase64: 'A'.repeat(1_200_000) },
      { 'x-mitzui-session': token },
    );
    expect(upload.status).toBe(200);
    expect(await upload.json()).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('reads only so many bodies at once; the rest get 503 and the server recovers', async () => {
    expectOk(await app.call(null, 'office.setup', SETUP_INPUT));
    const token = signedIn(await app.call(null, 'auth.login', OWNER)).token;
    const slow = Array.from({ length: 8 }, () => {
      const request = http.request({
        host: '127.0.0.1',
        port: server.port,
        path: '/api/clients.search',
        method: 'POST',
        headers: {
          Host: `127.0.0.1:${server.port}`,
          'Content-Type': 'application/json',
          'Content-Length': '100',
          'x-mitzui-session': token,
        },
      });
      request.on('error', () => undefined);
      request.write('{');
      return request;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const refused = await post('clients.search', {}, { 'x-mitzui-session': token });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    for (const request of slow) request.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await (await post('clients.search', {}, { 'x-mitzui-session': token })).json()).toMatchObject({ ok: true });
  });
});
