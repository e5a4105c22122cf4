import {
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  type MantineColorsTuple,
  type VariantColorsResolver,
} from '@mantine/core';
import { statusColors } from './pages/dashboard/statusColors';

// A deep, calm blue as the one accent colour.
const deepBlue: MantineColorsTuple = [
  '#eef3fb',
  '#dae3f3',
  '#b0c5e6',
  '#84a5d9',
  '#5f8ace',
  '#4879c8',
  '#3b70c6',
  '#2d5faf',
  '#24549d',
  '#15488b',
];

// Mantine's light yellow and orange put their text in a shade too pale for its own tint (2.7:1);
// a dark amber keeps the warning look and reads at WCAG AA.
const variantColorResolver: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (input.variant === 'light' && parsed.isThemeColor && (parsed.color === 'yellow' || parsed.color === 'orange')) {
    return { ...resolved, color: statusColors.amber, hoverColor: statusColors.amber };
  }
  return resolved;
};

export const theme = createTheme({
  primaryColor: 'deepBlue',
  primaryShade: 8,
  colors: { deepBlue },
  variantColorResolver,
  fontFamily: 'Heebo, "Noto Sans Hebrew", Arial, sans-serif',
  headings: { fontFamily: 'Heebo, "Noto Sans Hebrew", Arial, sans-serif', fontWeight: '600' },
  defaultRadius: 'sm',
  fontSizes: { xs: '0.8rem', sm: '0.875rem', md: '0.9375rem', lg: '1.0625rem', xl: '1.25rem' },
});
