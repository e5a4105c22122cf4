// A small status badge whose text keeps WCAG AA contrast on its tinted background (Mantine's light
// badges are a shade too pale for 12px text).
import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';

export type StatusTone = 'green' | 'orange' | 'red' | 'gray';

export const STATUS_TEXT: Record<StatusTone, string> = {
  green: '#1b5e2b',
  orange: '#8a3500',
  red: '#a11a1a',
  gray: '#212529',
};

export function StatusBadge({ tone, title, children }: { tone: StatusTone; title?: string; children: ReactNode }) {
  return (
    <Badge
      size="sm"
      variant="light"
      color={tone}
      radius="sm"
      title={title}
      styles={{ root: { color: STATUS_TEXT[tone] }, label: { textTransform: 'none' } }}
    >
      {children}
    </Badge>
  );
}
