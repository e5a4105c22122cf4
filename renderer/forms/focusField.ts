// Where the keyboard goes in a long form: to the first field a failed check marked (scrolled into the
// middle of the screen, so its Hebrew message is read with it), or to the first field of a step just shown.

const FIELD = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled])';

/** Focuses the first field in `root` marked invalid (a radio group marks only its wrapper); true if one was found. */
export function focusFirstError(root: HTMLElement | null): boolean {
  const marked = root?.querySelector<HTMLElement>('[aria-invalid="true"], .mantine-InputWrapper-error');
  if (!marked) return false;
  const field = marked.matches(FIELD)
    ? marked
    : (marked.closest('.mantine-InputWrapper-root') ?? marked.parentElement)?.querySelector<HTMLElement>(FIELD);
  const target = field ?? marked;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  return true;
}

/** Focuses the first field of `root`, or `fallback` (the step's heading) when it has none. */
export function focusFirstField(root: HTMLElement | null, fallback?: HTMLElement | null): void {
  const target = root?.querySelector<HTMLElement>(FIELD) ?? fallback;
  target?.focus();
}
