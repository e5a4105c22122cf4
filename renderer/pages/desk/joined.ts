// After this desk joined the office server: the local session means nothing there, so the page
// starts again on the server (the pairing is in place; sign-in comes next).
import { sessionToken } from '../../auth/token';

export function startOnServer(): void {
  sessionToken.clear();
  window.location.reload();
}
