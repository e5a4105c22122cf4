// The session token lives for the browser tab (sessionStorage), so a reload keeps you signed in
// but a closed window does not.
const KEY = 'mitzui.session';

export const sessionToken = {
  get: (): string | null => sessionStorage.getItem(KEY),
  set: (token: string): void => sessionStorage.setItem(KEY, token),
  clear: (): void => sessionStorage.removeItem(KEY),
};
