// E-mails saved from the office's mailbox: sender, subject (Hebrew, RFC 2047), date, body and the
// files attached, from an .eml and from an Outlook .msg; a signature's inline logo is told apart.
import { describe, expect, it } from 'vitest';
import { htmlText, parseEml, parseMsg, type Attached } from '../../../main/inbox/mail';
import { emlFile, msgFile, type TestMail } from '../../support/inbox/mail-files';

const pdf = new TextEncoder().encode('%PDF-1.4 not read here');
const logo = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
const mail: TestMail = {
  from: { name: 'המוסד לביטוח לאומי', address: 'noreply@btl.gov.il' },
  subject: 'החלטה בתביעתך',
  date: '2026-03-04T08:15:00.000Z',
  text: 'מצורף מכתב ההחלטה.',
  attachments: [
    { name: 'החלטה.pdf', mimeType: 'application/pdf', bytes: pdf },
    { name: 'logo.png', mimeType: 'image/png', bytes: logo, contentId: 'logo@btl' },
  ],
};
const shapes = (attachments: Attached[]) =>
  attachments.map(({ name, mimeType, inline }) => ({ name, mimeType, inline }));
const sent = [
  { name: 'החלטה.pdf', mimeType: 'application/pdf', inline: false },
  { name: 'logo.png', mimeType: 'image/png', inline: true },
];
const origin = {
  from: 'המוסד לביטוח לאומי <noreply@btl.gov.il>',
  subject: 'החלטה בתביעתך',
  date: '2026-03-04T08:15:00.000Z',
};

describe('e-mails', () => {
  it('.eml: sender, Hebrew subject, date, body, and each attachment with its bytes', async () => {
    const parsed = await parseEml('mail.eml', emlFile(mail));
    expect(parsed.origin).toEqual({ file: 'mail.eml', ...origin });
    expect(parsed.body).toBe('מצורף מכתב ההחלטה.');
    expect(shapes(parsed.attachments)).toEqual(sent);
    expect(parsed.attachments[0]!.bytes).toEqual(pdf);
  });

  it('.msg: the same mail as Outlook saves it', () => {
    const parsed = parseMsg('mail.msg', msgFile(mail));
    expect(parsed.origin).toEqual({ file: 'mail.msg', ...origin });
    expect(parsed.body).toBe('מצורף מכתב ההחלטה.');
    expect(shapes(parsed.attachments)).toEqual(sent);
    expect(parsed.attachments[0]!.bytes).toEqual(pdf);
  });

  it('a mail with an HTML body only gives the text it shows', async () => {
    const html =
      '<html><head><style>p{}</style></head><body><p>ת.ז. 000000018</p><div>סכום: 1,200&nbsp;&#8362;</div></body></html>';
    const parsed = await parseEml('html.eml', emlFile({ ...mail, text: undefined, html, attachments: [] }));
    expect(parsed.body).toBe('ת.ז. 000000018\nסכום: 1,200 ₪');
    expect(htmlText('a<br>b &lt;c&gt; &amp;')).toBe('a\nb <c> &');
  });

  it('a mail without a sender or a date that parses keeps null', async () => {
    const bytes = new TextEncoder().encode('Subject: x\r\nDate: not a date\r\n\r\nbody');
    expect((await parseEml('bare.eml', bytes)).origin).toEqual({
      file: 'bare.eml',
      from: null,
      subject: 'x',
      date: null,
    });
  });

  it('bytes that are not a .msg are refused', () => {
    expect(() => parseMsg('broken.msg', new TextEncoder().encode('not a compound file'))).toThrow();
  });
});
