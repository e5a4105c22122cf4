// Status colours (red overdue / missing, amber due soon, green done / active) in shades dark
// enough for WCAG AA contrast as text on white and behind white text.
export const statusColors = {
  red: 'red.9',
  amber: '#9c4a00',
  green: '#1b6e2e',
  info: 'blue.9',
  neutral: 'gray.8',
} as const;
