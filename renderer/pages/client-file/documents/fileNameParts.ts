// Where a file name splits for display: the run after the last Hebrew letter (the number and the
// extension, "ייפוי כוח 225700111.pdf") is kept left to right, or bidi turns it into "pdf.225700111".
// A separator right after the Hebrew ("מכתב-3.pdf") stays with the Hebrew part, or it would be drawn
// at the far left of the number ("-3.pdfמכתב").
const LAST_HEBREW = /[\u0590-\u05FF][^\u0590-\u05FF]*$/;
const LEADING_SEPARATORS = /^[\s\-_–—.,]+/;

/** The name split into its right-to-left head and the left-to-right tail after the last Hebrew letter. */
export function fileNameParts(name: string): { head: string; tail: string } {
  const last = name.search(LAST_HEBREW);
  if (last < 0) return { head: '', tail: name };
  const tail = name.slice(last + 1).replace(LEADING_SEPARATORS, '');
  return { head: name.slice(0, name.length - tail.length), tail };
}
