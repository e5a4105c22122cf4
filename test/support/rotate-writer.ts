// Child process for the rotation crash test: rotates the office's data key over and over until it
// is killed. Prints "ready" once the app is open, then a line per finished rotation.
import { openApp } from '../../main/app';
import { testKeys } from './temp';

const [dataDir] = process.argv.slice(2) as [string];
const app = await openApp({ keys: testKeys, dataDir });
console.log('ready');
for (let n = 1; ; n++) {
  await app.keeper.rotateDataKey();
  console.log(n);
}
