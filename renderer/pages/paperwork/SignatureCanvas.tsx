// The insured signs here with mouse, pen or finger (signature_pad); the parent gets a PNG data URL
// after each stroke, or null once cleared.
import { Button, Group, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import SignaturePad from 'signature_pad';

export function SignatureCanvas({
  onChange,
  error,
}: {
  onChange(dataUrl: string | null): void;
  error?: string | null;
}) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePad | null>(null);
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  });

  useEffect(() => {
    const element = canvas.current!;
    // Sharp strokes on high-density screens: the canvas is drawn at the device's pixel ratio.
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    element.width = element.offsetWidth * ratio;
    element.height = element.offsetHeight * ratio;
    element.getContext('2d')!.scale(ratio, ratio);
    const signature = new SignaturePad(element, { penColor: '#0b1f44', minWidth: 0.8, maxWidth: 2.4 });
    signature.addEventListener('endStroke', () =>
      changed.current(signature.isEmpty() ? null : signature.toDataURL('image/png')),
    );
    pad.current = signature;
    return () => signature.off();
  }, []);

  return (
    <div>
      <canvas
        ref={canvas}
        role="img"
        aria-label={t('paperwork.sign.pad')}
        data-testid="signature-pad"
        style={{
          width: '100%',
          height: 160,
          border: `1px ${error ? 'solid var(--mantine-color-red-6)' : 'dashed var(--mantine-color-gray-5)'}`,
          borderRadius: 4,
          touchAction: 'none',
          background: '#fff',
        }}
      />
      <Group justify="space-between" mt={4}>
        <Text size="xs" c={error ? 'red.8' : 'gray.7'} role={error ? 'alert' : undefined}>
          {error ?? t('paperwork.sign.pad')}
        </Text>
        <Button
          variant="subtle"
          size="xs"
          onClick={() => {
            pad.current?.clear();
            onChange(null);
          }}
        >
          {t('paperwork.sign.clear')}
        </Button>
      </Group>
    </div>
  );
}
