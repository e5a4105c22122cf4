// The January update on the desk: the owner imports a signed parameter pack; from its dates on the
// rights engine answers with its figures (and not before), after a restart too; a tampered pack is
// refused; an unsigned one loads only on the owner's explicit, audited override; staff cannot import.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearPacks, type PackFile } from '../../shared/rules/packs/pack';
import { openApp } from '../../main/app';
import { expectOk, OWNER, setUpAndLogIn, type TestApp } from '../support/app';
import { signedIn } from '../support/signed-in';
import { logInAs } from '../support/staff';
import { FULL_DEGREE_MAN, PACK_2027, signedByTestPublisher, TEST_PUBLISHER } from '../support/packs';
import { tempDir, testKeys } from '../support/temp';

const trustedPackKeys = [TEST_PUBLISHER];
const pack2027 = PACK_2027;
const signedText = () => signedByTestPublisher(pack2027);
const man = FULL_DEGREE_MAN;

let app: TestApp;
let token: string;
let folder: { dir: string; cleanup: () => void };

async function open(): Promise<TestApp> {
  const opened = await openApp({
    keys: testKeys,
    dataDir: folder.dir,
    trustedPackKeys,
    now: () => new Date('2026-12-30T08:00:00Z'),
  });
  const call: TestApp['call'] = (t, name, input) => opened.dispatch(opened.sessions.resolve(t), name, input) as never;
  return Object.assign(opened, {
    dataDir: folder.dir,
    clock: null as never,
    call,
    restart: () => open(),
    dispose: () => opened.close(),
  });
}

async function fullPension(date: string): Promise<string | null> {
  const answer = expectOk(
    await app.call(token, 'rights.run', { calculator: 'general-disability', input: { ...man, date } }),
  );
  if ('error' in answer) throw new Error(answer.error.message);
  return answer.amount;
}

beforeEach(async () => {
  folder = tempDir();
  app = await open();
  token = await setUpAndLogIn(app);
});
afterEach(() => {
  app.close();
  folder.cleanup();
  clearPacks();
});

const actions = () =>
  app.store.sqlite.prepare("select action from audit_log where entity = 'parameter_pack' order by id").pluck().all();

describe('parameter packs on the desk', () => {
  it('a signed pack changes the figures from its own dates on, and nothing before — also after a restart', async () => {
    expect(await fullPension('2027-02-01')).toBe('4711.00');
    const info = expectOk(await app.call(token, 'packs.import', { text: signedText() }));
    expect(info).toMatchObject({ id: 'nii-2027-01', signedBy: 'test-publisher', values: 1, importedBy: 'דנה כהן' });
    expect(await fullPension('2027-02-01')).toBe('4871.00');
    expect(await fullPension('2026-12-01')).toBe('4711.00');
    expect(actions()).toEqual(['pack_import']);

    app.close();
    clearPacks();
    app = await open();
    token = signedIn(await app.call(null, 'auth.login', OWNER)).token;
    expect(await fullPension('2027-02-01')).toBe('4871.00');
    expect(expectOk(await app.call(token, 'packs.list', {})).map((p) => p.id)).toEqual(['nii-2027-01']);
  });

  it('refuses a tampered pack, naming the signature, and changes nothing', async () => {
    const tampered = JSON.parse(signedText()) as PackFile;
    tampered.values[0]!.value = '9999';
    const reply = await app.call(token, 'packs.import', { text: JSON.stringify(tampered) });
    expect(reply).toMatchObject({ ok: false, error: { code: 'validation', field: 'signature' } });
    expect(await fullPension('2027-02-01')).toBe('4711.00');
    expect(expectOk(await app.call(token, 'packs.list', {}))).toEqual([]);
    expect(actions()).toEqual(['pack_refused']);
  });

  it('loads an unsigned pack only on the owner’s explicit override, recorded as such', async () => {
    expect(await app.call(token, 'packs.import', { text: JSON.stringify(pack2027) })).toMatchObject({
      ok: false,
      error: { field: 'signature' },
    });
    expect(
      expectOk(await app.call(token, 'packs.import', { text: JSON.stringify(pack2027), acceptUnsigned: true })),
    ).toMatchObject({ signedBy: null });
    expect(await fullPension('2027-02-01')).toBe('4871.00');
    expect(actions()).toEqual(['pack_refused', 'pack_import_unsigned']);
  });

  it('a stored row that claims a signature it does not carry is left out at the next start', async () => {
    expectOk(await app.call(token, 'packs.import', { text: signedText() }));
    app.store.sqlite.prepare("update parameter_pack set text = replace(text, '4871', '9999')").run();
    app.close();
    clearPacks();
    app = await open();
    token = signedIn(await app.call(null, 'auth.login', OWNER)).token;
    expect(await fullPension('2027-02-01')).toBe('4711.00');
    // Nor is it handed to a desk's what-if.
    expect(expectOk(await app.call(token, 'packs.list', {}))).toEqual([]);
  });

  it('is the owner’s to import; staff and lawyers may only see the packs in force', async () => {
    const lawyer = await logInAs(app, 'lawyer');
    expect(await app.call(lawyer, 'packs.import', { text: signedText() })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(expectOk(await app.call(lawyer, 'packs.list', {}))).toEqual([]);
  });
});
