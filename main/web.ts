// `npm run web`: browser mode.
import { runBrowserMode } from './browser-mode';

runBrowserMode(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
