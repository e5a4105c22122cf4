// A new office whose one client is a generated letters' addressee, so the inbox can find them.
import { officeWithClient } from '../office';
import type { Client } from '../nii-letters/generate';

export function officeWithLetterClient(client: Client): ReturnType<typeof officeWithClient> {
  const [first, ...rest] = client.name.split(' ');
  return officeWithClient({
    idNumber: client.idNumber,
    firstNameHe: first!,
    lastNameHe: rest.join(' '),
    birthDate: '1970-06-06',
    sex: 'female',
  });
}
