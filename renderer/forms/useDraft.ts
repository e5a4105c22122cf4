// Keeps what was typed in a form in sessionStorage until it is saved, so a session timeout or a
// reload loses nothing (drafts.ts clears them at sign-out).
import { useCallback, useEffect, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { DRAFT_PREFIX } from './drafts';

export function useDraft<V extends FieldValues>(form: UseFormReturn<V>, key: string, ready: boolean) {
  const storageKey = `${DRAFT_PREFIX}${key}`;
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    if (!ready) return;
    const saved = sessionStorage.getItem(storageKey);
    if (saved) {
      form.reset({ ...form.getValues(), ...(JSON.parse(saved) as V) }, { keepDefaultValues: true });
      setRestored(true);
    }
    const subscription = form.watch((values) => sessionStorage.setItem(storageKey, JSON.stringify(values)));
    return () => subscription.unsubscribe();
  }, [form, storageKey, ready]);

  const discard = useCallback(() => {
    sessionStorage.removeItem(storageKey);
    setRestored(false);
  }, [storageKey]);

  return { restored, discard };
}
