// A file name as it was written. In a Hebrew name the run after the last Hebrew word (the number
// and the extension, "ייפוי כוח 225700111.pdf") is kept left to right, or bidi turns it into
// "pdf.225700111".
const LAST_HEBREW = /[\u0590-\u05FF][^\u0590-\u05FF]*$/;

export function FileName({ name }: { name: string }) {
  const last = name.search(LAST_HEBREW);
  if (last < 0) return <bdi>{name}</bdi>;
  const tail = name.slice(last + 1).trimStart();
  return (
    <bdi dir="rtl">
      {name.slice(0, name.length - tail.length)}
      {tail && <bdi dir="ltr">{tail}</bdi>}
    </bdi>
  );
}
