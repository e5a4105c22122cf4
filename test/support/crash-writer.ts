// Child process for the crash test: writes clients, claims and notes through the services as
// fast as it can until it is killed. Prints "ready" once, then a count every 20 clients.
import { openApp } from '../../main/app';
import { israeliIdCheckDigit } from '../../shared/identity/israeli-id';
import { testKeys } from './temp';

const [dataDir, startAt] = process.argv.slice(2) as [string, string];
const app = await openApp({ keys: testKeys, dataDir });
const session = app.sessions.open(1, 1, 'owner');
// Writes wait for the start-up check of the store (main/store-keeper.ts).
await app.keeper.whenChecked();
console.log('ready');

/** Names may hold Hebrew letters only: 1203 → בגאד. */
const letters = (n: number) => [...String(n)].map((d) => 'אבגדהוזחטי'[Number(d)]).join('');

for (let n = Number(startAt); ; n++) {
  const first8 = String(10_000_000 + n).slice(-8);
  const created = await app.dispatch(session, 'clients.create', {
    idNumber: first8 + israeliIdCheckDigit(first8),
    firstNameHe: 'בדיקה',
    lastNameHe: `קריסה ${letters(n)}`,
    birthDate: '1970-01-01',
    sex: n % 2 ? 'male' : 'female',
  });
  if (!created.ok) throw new Error(created.error.message);
  const clientId = (created.value as { id: number }).id;
  await app.dispatch(session, 'claims.create', { clientId, benefit: 'general_disability', summary: `תביעה ${n}` });
  await app.dispatch(session, 'notes.create', { clientId, body: `הערה ${n}` });
  if (n % 20 === 0) console.log(n);
}
