import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A deep, calm blue as the one accent colour.
const deepBlue: MantineColorsTuple = [
  '#eef3fb', '#dae3f3', '#b0c5e6', '#84a5d9', '#5f8ace', '#4879c8', '#3b70c6', '#2d5faf', '#24549d', '#15488b',
];

export const theme = createTheme({
  primaryColor: 'deepBlue',
  primaryShade: 8,
  colors: { deepBlue },
  fontFamily: 'Heebo, "Noto Sans Hebrew", Arial, sans-serif',
  headings: { fontFamily: 'Heebo, "Noto Sans Hebrew", Arial, sans-serif', fontWeight: '600' },
  defaultRadius: 'sm',
  fontSizes: { xs: '0.8rem', sm: '0.875rem', md: '0.9375rem', lg: '1.0625rem', xl: '1.25rem' },
});
