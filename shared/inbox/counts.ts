// The inbox's figures at the top of its screen, and which items can be confirmed in bulk.
import { todayInIsrael } from '../dates';
import type { InboxItem } from './item';

/** Read, with a client found: waiting for someone to confirm what was read. */
export const toConfirm = (item: InboxItem) => item.status === 'new' && item.client !== null;

/** Every field read is certain and the client is found: nothing for a person to check. */
export const allCertain = (item: InboxItem) =>
  toConfirm(item) && Object.values(item.reading?.fields ?? {}).every((field) => field.confidence === 'certain');

export interface InboxCounts {
  /** Unreadable, or read without a client: to be filed by hand. */
  toFile: number;
  toConfirm: number;
  filedToday: number;
}

/** `today` in Israel (yyyy-mm-dd). */
export function inboxCounts(items: InboxItem[], today: string): InboxCounts {
  return {
    toFile: items.filter((item) => item.status === 'unreadable' || (item.status === 'new' && item.client === null))
      .length,
    toConfirm: items.filter(toConfirm).length,
    filedToday: items.filter(
      (item) => item.status === 'filed' && item.filedAt !== null && todayInIsrael(new Date(item.filedAt)) === today,
    ).length,
  };
}
