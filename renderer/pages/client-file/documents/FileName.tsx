// A file name as it was written, its left-to-right tail isolated (see fileNameParts).
import { fileNameParts } from './fileNameParts';

export function FileName({ name }: { name: string }) {
  const { head, tail } = fileNameParts(name);
  if (!head) return <bdi>{name}</bdi>;
  return (
    <bdi dir="rtl">
      {head}
      {tail && <bdi dir="ltr">{tail}</bdi>}
    </bdi>
  );
}
