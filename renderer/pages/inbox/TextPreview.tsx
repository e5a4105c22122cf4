// The letter's text as read (logical order), with the snippet the focused field came from marked and
// scrolled into view.
import { ScrollArea } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { Span } from '../../../shared/inbox/types';

export function TextPreview({ text, span, label }: { text: string; span: Span | null; label: string }) {
  const mark = useRef<HTMLElement>(null);
  // Braces: newer Chromium returns a promise from scrollIntoView, which React would take for a cleanup.
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'nearest' });
  }, [span]);
  const marked = span !== null && span.end > span.start;
  return (
    <ScrollArea.Autosize mah={420} type="auto">
      <pre
        dir="rtl"
        aria-label={label}
        data-testid="inbox-preview"
        style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: 0, unicodeBidi: 'plaintext' }}
      >
        {marked ? (
          <>
            {text.slice(0, span.start)}
            <mark ref={mark}>{text.slice(span.start, span.end)}</mark>
            {text.slice(span.end)}
          </>
        ) : (
          text
        )}
      </pre>
    </ScrollArea.Autosize>
  );
}
