// A PDF from the API (base64) shown in the browser's own viewer, from a blob URL let go on unmount.
import { useEffect, useState } from 'react';
import { base64ToBlob } from '../client-file/documents/fileBytes';

export function PdfFrame({ base64, title }: { base64: string; title: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const next = URL.createObjectURL(base64ToBlob(base64, 'application/pdf'));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [base64]);
  if (!url) return null;
  return (
    <iframe
      src={url}
      title={title}
      data-testid="paper-preview"
      style={{ width: '100%', height: '60vh', border: '1px solid var(--mantine-color-gray-3)' }}
    />
  );
}
