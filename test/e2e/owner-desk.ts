// Browser mode on a fresh office, its owner signed in through the login screen: the start of the
// e2e tests that walk one owner's screens. Screenshots go to test-results/.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { callApi } from './http-api';
import { startWebServer, type WebServer } from './server';
import { signedInPage } from './sign-in';

export const SHOTS = fileURLToPath(new URL('../../test-results/', import.meta.url));

export interface OwnerDesk {
  server: WebServer;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

export async function openOwnerDesk(
  officeName: string,
  owner: { fullName: string; username: string; password: string },
): Promise<OwnerDesk> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const server = await startWebServer();
  const { fullName, ...login } = owner;
  await callApi(server.url, null, 'office.setup', { office: { name: officeName }, owner: { fullName, ...login } });
  const browser = await launchChromium();
  const page = await signedInPage(browser, server.url, login);
  return {
    server,
    browser,
    page,
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}
