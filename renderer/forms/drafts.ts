// Form drafts in this tab's sessionStorage, and whose they are: a draft is for the person who typed
// it. Sign-out clears them all; after an idle lock they wait for the same person, and anyone else
// who signs in at this tab starts with none.
export const DRAFT_PREFIX = 'mitzui.draft.';
const OWNER_KEY = 'mitzui.drafts-of';

export function clearDrafts(): void {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith(DRAFT_PREFIX)) sessionStorage.removeItem(key);
  sessionStorage.removeItem(OWNER_KEY);
}

/** Called at sign-in: keeps the drafts only when they are this person's own. */
export function claimDrafts(staffId: number): void {
  const owner = sessionStorage.getItem(OWNER_KEY);
  if (owner !== null && owner !== String(staffId)) clearDrafts();
  sessionStorage.setItem(OWNER_KEY, String(staffId));
}
