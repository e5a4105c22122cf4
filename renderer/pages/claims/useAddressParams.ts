// A screen's view and filters kept in the address (?view=…&staff=…): read them, and change some
// at once without adding a history entry per click.
import { useSearchParams } from 'react-router';

export function useAddressParams(): [URLSearchParams, (changes: Record<string, string | null>) => void] {
  const [params, setParams] = useSearchParams();
  const change = (changes: Record<string, string | null>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  return [params, change];
}
