// Who is signed in. Restores the session on reload and signs out when the server says it expired.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SignedIn } from '../../shared/api/contract';
import { call, onReply } from '../api/client';
import { sessionToken } from './token';

type Identity = Omit<SignedIn, 'token'>;

interface AuthState {
  /** undefined while the saved session is being checked. */
  identity: Identity | null | undefined;
  expired: boolean;
  signIn(signedIn: SignedIn): void;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [identity, setIdentity] = useState<Identity | null | undefined>(sessionToken.get() ? undefined : null);
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    if (!sessionToken.get()) return;
    void call('auth.me', {}).then((reply) => setIdentity(reply.ok ? reply.value : null));
  }, []);

  useEffect(
    () =>
      onReply((reply) => {
        if (!reply.ok && reply.error.code === 'unauthenticated' && sessionToken.get()) {
          sessionToken.clear();
          setExpired(true);
          setIdentity(null);
        }
      }),
    [],
  );

  const signIn = useCallback((signedIn: SignedIn) => {
    sessionToken.set(signedIn.token);
    setExpired(false);
    setIdentity({ idleMinutes: signedIn.idleMinutes, staff: signedIn.staff, office: signedIn.office });
  }, []);

  const signOut = useCallback(async () => {
    await call('auth.logout', {});
    sessionToken.clear();
    setIdentity(null);
  }, []);

  const value = useMemo(() => ({ identity, expired, signIn, signOut }), [identity, expired, signIn, signOut]);
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
