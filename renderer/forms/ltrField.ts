// A field typed left to right (a path, a key) in the Hebrew page: its help under the input, before
// any error, as the other such fields have it, in a grey dark enough to read (WCAG AA contrast).
type Part = 'label' | 'input' | 'description' | 'error';

const ORDER: Part[] = ['label', 'input', 'description', 'error'];

export const LTR_FIELD = {
  inputWrapperOrder: ORDER,
  dir: 'ltr',
  className: 'ltr-input',
  styles: { description: { color: 'var(--mantine-color-gray-7)' } },
} as const;
