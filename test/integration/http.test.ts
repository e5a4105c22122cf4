// The HTTP transport on a real 127.0.0.1 server: same answers as dispatch, guarded edges.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningServer } from '../../main/transports/http';
import { OWNER, openTestApp, SETUP_INPUT, type TestApp } from '../support/app';
import { tempDir } from '../support/temp';

let app: TestApp;
let server: RunningServer;
let staticDir: { dir: string; cleanup: () => void };

beforeEach(async () => {
  app = await openTestApp();
  staticDir = tempDir('mitzui-static-');
  fs.writeFileSync(path.join(staticDir.dir, 'index.html'), '<!doctype html><html dir="rtl"><title>מיצוי</title></html>');
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
    const form = await fetch(`${server.url}api/office.status`, { method: 'POST', body: 'a=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(415);
    const broken = await fetch(`${server.url}api/office.status`, { method: 'POST', body: '{', headers: { 'Content-Type': 'application/json' } });
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

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('מיצוי');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
