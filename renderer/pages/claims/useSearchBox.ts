// A search box whose text goes to the address (and so to the list) once typing pauses. The box keeps
// what is typed meanwhile, and follows the address only when something else changed it (back).
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';

const PAUSE_MS = 250;

export function useSearchBox(
  inAddress: string,
  toAddress: (query: string | null) => void,
): [string, (typed: string) => void] {
  const [typed, setTyped] = useState(inAddress);
  const sent = useRef(inAddress);
  const send = useDebouncedCallback((query: string) => {
    sent.current = query.trim();
    toAddress(sent.current || null);
  }, PAUSE_MS);
  useEffect(() => {
    if (inAddress !== sent.current) setTyped((sent.current = inAddress));
  }, [inAddress]);
  return [
    typed,
    (next) => {
      setTyped(next);
      send(next);
    },
  ];
}
