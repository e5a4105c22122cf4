// Locks the screen after the office's idle minutes with no keyboard, mouse or touch in this tab —
// without waiting for a click to reach the server — so a client's file does not stay on the screen
// of a desk left alone.
import { useEffect, useRef } from 'react';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'input', 'wheel', 'touchstart'] as const;

export function useIdleLock(idleMinutes: number | null, onIdle: () => void): void {
  const lastActivity = useRef(Date.now());
  const idle = useRef(onIdle);
  idle.current = onIdle;

  useEffect(() => {
    if (idleMinutes === null) return;
    const idleMs = idleMinutes * 60_000;
    lastActivity.current = Date.now();
    const touch = () => {
      lastActivity.current = Date.now();
    };
    for (const event of ACTIVITY) window.addEventListener(event, touch, { passive: true, capture: true });
    const timer = window.setInterval(
      () => {
        if (Date.now() - lastActivity.current >= idleMs) idle.current();
      },
      Math.min(15_000, Math.max(250, idleMs / 4)),
    );
    return () => {
      window.clearInterval(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, touch, { capture: true });
    };
  }, [idleMinutes]);
}
