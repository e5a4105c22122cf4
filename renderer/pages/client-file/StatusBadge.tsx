// A status in colour (red, amber, green, and only for status): a coloured dot beside dark text,
// so the text keeps AA contrast whatever the colour.
import { Badge, type BadgeProps } from '@mantine/core';

export function StatusBadge(props: BadgeProps & { color: string; 'data-testid'?: string }) {
  return <Badge variant="dot" size="lg" tt="none" fw={500} {...props} />;
}
