// Serves the built renderer on app://mitzui/ with the same security headers as browser mode.
import { net, protocol } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SECURITY_HEADERS } from '../security/csp';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://mitzui`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Every answer carries the security headers, a refusal or a missing file as much as a page. */
function withSecurityHeaders(body: BodyInit | null, status: number, from?: Headers): Response {
  const headers = new Headers(from);
  for (const [key, value] of Object.entries(SECURITY_HEADERS)) headers.set(key, value);
  return new Response(body, { status, headers });
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const { pathname } = new URL(request.url);
    const file = path.normalize(
      path.join(rendererDir, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)),
    );
    if (!file.startsWith(rendererDir + path.sep)) return withSecurityHeaders('Forbidden', 403);
    let response: Response;
    try {
      response = await net.fetch(pathToFileURL(file).toString());
    } catch {
      return withSecurityHeaders('Not found', 404); // net.fetch rejects a file that is not there
    }
    return withSecurityHeaders(response.body, response.status, response.headers);
  });
}
