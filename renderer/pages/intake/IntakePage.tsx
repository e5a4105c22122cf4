// Placeholder until the area is built (issue #5): the plain client form.
import { ClientFormPage } from '../ClientFormPage';

export function IntakePage() {
  return <ClientFormPage />;
}
