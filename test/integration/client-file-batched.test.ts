// The client file with its claims' history and decisions in one batched read gives, on a demo office,
// exactly what the single-part procedures give: each list procedure for its part, and `claims.get`
// for each claim's history and decisions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, openTestApp, type TestApp } from '../support/app';
import { DEMO_LOGIN, fillWithDemoOffice } from '../support/demo';
import { signedIn } from '../support/signed-in';

const CLIENTS = 60;
let app: TestApp;
let owner: string;

beforeAll(async () => {
  app = await openTestApp(30, (dir) => fillWithDemoOffice(dir, CLIENTS, 11));
  owner = signedIn(await app.call(null, 'auth.login', DEMO_LOGIN)).token;
});

afterAll(() => app?.dispose());

describe('client file in one batched read', () => {
  it('equals the file read part by part, claim by claim', async () => {
    const clients = expectOk(await app.call(owner, 'clients.search', { query: '', limit: 500 }));
    expect(clients.total).toBe(CLIENTS);
    let histories = 0;
    let decisions = 0;
    for (const { id } of clients.rows) {
      const { claimHistory, ...file } = expectOk(await app.call(owner, 'clients.file', { id, withClaimHistory: true }));
      // Without the flag, the same file and no history.
      expect(expectOk(await app.call(owner, 'clients.file', { id }))).toEqual(file);
      expect(file.claims).toEqual(expectOk(await app.call(owner, 'claims.list', { clientId: id, limit: 500 })));
      expect(file.documents).toEqual(expectOk(await app.call(owner, 'documents.list', { clientId: id })));
      expect(file.tasks).toEqual(expectOk(await app.call(owner, 'tasks.list', { clientId: id, limit: 500 })));
      expect(file.notes).toEqual(expectOk(await app.call(owner, 'notes.list', { clientId: id })));
      expect(file.family).toEqual(expectOk(await app.call(owner, 'family.list', { clientId: id })));
      expect(file.medical).toEqual(expectOk(await app.call(owner, 'medical.list', { clientId: id })));
      const byClaim = [];
      for (const claim of file.claims) {
        const detail = expectOk(await app.call(owner, 'claims.get', { id: claim.id }));
        byClaim.push({ claimId: claim.id, history: detail.history, decisions: detail.decisions });
        histories += detail.history.length;
        decisions += detail.decisions.length;
      }
      expect(claimHistory).toEqual(byClaim);
    }
    // The demo office has claims that moved and were decided: the comparison covered both.
    expect(histories).toBeGreaterThan(CLIENTS);
    expect(decisions).toBeGreaterThan(0);
  });
});
