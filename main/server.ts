// `npm run server`: the office server; `npm run server -- pair`: a one-time code to pair a desk.
import { runPair } from './server/pair-cli';
import { runOfficeServer } from './server/run';

const [first, ...rest] = process.argv.slice(2);
const run = first === 'pair' ? runPair(rest) : runOfficeServer(process.argv.slice(2));
run.catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
