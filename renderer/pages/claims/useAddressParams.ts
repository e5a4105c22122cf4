// A screen's view and filters kept in the address (?view=…&staff=…): read them, and change some
// at once without adding a history entry per click. Changes compose even when two come before the
// screen re-renders (two quick clicks on "next month" move two months): each starts from the last
// change made, not from the last render.
import { useRef } from 'react';
import { useSearchParams } from 'react-router';

type Changes = Record<string, string | null>;

export function useAddressParams(): [
  URLSearchParams,
  (changes: Changes | ((current: URLSearchParams) => Changes)) => void,
] {
  const [params, setParams] = useSearchParams();
  const latest = useRef(params);
  latest.current = params;
  const change = (changes: Changes | ((current: URLSearchParams) => Changes)) => {
    const next = new URLSearchParams(latest.current);
    for (const [key, value] of Object.entries(typeof changes === 'function' ? changes(latest.current) : changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    latest.current = next;
    setParams(next, { replace: true });
  };
  return [params, change];
}
