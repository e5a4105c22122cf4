// Every screen but sign-in as its own chunk, fetched when first shown: the script the window loads
// before sign-in holds only the shell, the sign-in form and what they share (each screen's charts,
// forms and tables come with it). React.lazy wants a default export, the pages have named ones.
import { lazy, type ComponentType } from 'react';

function page<P extends object, K extends string>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

/** The signed-in shell (navigation, the global search, live updates): not needed to sign in. */
export const AppLayout = page(() => import('../components/AppLayout'), 'AppLayout');
export const AdminPage = page(() => import('./admin/AdminPage'), 'AdminPage');
export const CalendarPage = page(() => import('./calendar/CalendarPage'), 'CalendarPage');
export const ClaimPage = page(() => import('./claims/ClaimPage'), 'ClaimPage');
export const ClaimsPage = page(() => import('./claims/ClaimsPage'), 'ClaimsPage');
export const ClientFilePage = page(() => import('./client-file/ClientFilePage'), 'ClientFilePage');
export const ClientsPage = page(() => import('./clients/ClientsPage'), 'ClientsPage');
export const DeskPairingPage = page(() => import('./desk/DeskPairingPage'), 'DeskPairingPage');
export const DashboardPage = page(() => import('./dashboard/DashboardPage'), 'DashboardPage');
export const FirstRun = page(() => import('./desk/FirstRun'), 'FirstRun');
export const ImportPage = page(() => import('./import/ImportPage'), 'ImportPage');
export const InboxPage = page(() => import('./inbox/InboxPage'), 'InboxPage');
export const IntakePage = page(() => import('./intake/IntakePage'), 'IntakePage');
export const KeyFirstRun = page(() => import('./security/KeyFirstRun'), 'KeyFirstRun');
export const RecoveryPage = page(() => import('./RecoveryPage'), 'RecoveryPage');
export const ScanPage = page(() => import('./scan/ScanPage'), 'ScanPage');
export const SecurityPage = page(() => import('./security/SecurityPage'), 'SecurityPage');
export const SettingsPage = page(() => import('./settings/SettingsPage'), 'SettingsPage');
export const UnlockPage = page(() => import('./UnlockPage'), 'UnlockPage');
