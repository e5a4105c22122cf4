// Who is signed in. Restores the session on reload, signs out when the server says it expired, and
// locks the screen by itself after the idle minutes (the desk unmounts; signing in again returns to
// the same address and, for the same person, to their drafts).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SignedIn } from '../../shared/api/contract';
import type { StaffSummary } from '../../shared/schemas/staff';
import { call, onReply } from '../api/client';
import { queryClient } from '../api/queryClient';
import { claimDrafts, clearDrafts } from '../forms/drafts';
import { sessionToken } from './token';
import { useIdleLock } from './useIdleLock';

type Identity = Omit<SignedIn, 'token'>;

interface AuthState {
  /** undefined while the saved session is being checked. */
  identity: Identity | null | undefined;
  expired: boolean;
  /** Who was signed in when the screen locked for inactivity; null when it did not. */
  lockedFor: StaffSummary | null;
  signIn(signedIn: SignedIn): void;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

/** Replies cached for one session are not shown to the next, nor kept in memory once signed out. */
const forgetReplies = () => queryClient.clear();

export function AuthProvider({ children }: { children: ReactNode }) {
  const [identity, setIdentity] = useState<Identity | null | undefined>(sessionToken.get() ? undefined : null);
  const [expired, setExpired] = useState(false);
  const [lockedFor, setLockedFor] = useState<StaffSummary | null>(null);

  useEffect(() => {
    if (!sessionToken.get()) return;
    void call('auth.me', {}).then((reply) => setIdentity(reply.ok ? reply.value : null));
  }, []);

  useEffect(
    () =>
      onReply((reply) => {
        if (!reply.ok && reply.error.code === 'unauthenticated' && sessionToken.get()) {
          sessionToken.clear();
          forgetReplies();
          setExpired(true);
          setIdentity(null);
        }
      }),
    [],
  );

  const lock = useCallback(() => {
    if (!identity) return;
    void call('auth.logout', {});
    sessionToken.clear();
    forgetReplies();
    setLockedFor(identity.staff);
    setIdentity(null);
  }, [identity]);
  useIdleLock(identity ? identity.idleMinutes : null, lock);

  const signIn = useCallback((signedIn: SignedIn) => {
    claimDrafts(signedIn.staff.id);
    forgetReplies();
    sessionToken.set(signedIn.token);
    setExpired(false);
    setLockedFor(null);
    setIdentity({ idleMinutes: signedIn.idleMinutes, staff: signedIn.staff, office: signedIn.office });
  }, []);

  const signOut = useCallback(async () => {
    await call('auth.logout', {});
    sessionToken.clear();
    forgetReplies();
    clearDrafts();
    setIdentity(null);
  }, []);

  const value = useMemo(
    () => ({ identity, expired, lockedFor, signIn, signOut }),
    [identity, expired, lockedFor, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

/** The signed-in identity, for screens that only render when someone is signed in. */
export function useIdentity(): Identity {
  const { identity } = useAuth();
  if (!identity) throw new Error('useIdentity while signed out');
  return identity;
}
