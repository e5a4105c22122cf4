// A field typed left to right (a path, a key) in the Hebrew page: its help under the input, before
// any error, as the other such fields have it.
type Part = 'label' | 'input' | 'description' | 'error';

const ORDER: Part[] = ['label', 'input', 'description', 'error'];

export const LTR_FIELD = { inputWrapperOrder: ORDER, dir: 'ltr', className: 'ltr-input' } as const;
