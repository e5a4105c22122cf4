// A paper as one printable HTML page (A4, right to left): a header with the office and the form
// number, the sections, the translation if any, the signatures, the parts others sign after them, and
// the source it follows. Every page's foot (CSS page-margin boxes) carries only what a clerk needs:
// the office, the date, "page x of y" and the paper's reference — never a file name or a browser.
// Everything from the file is escaped here; the fonts arrive as CSS from the caller (main inlines them).
import { formatPhone } from '../identity/phone';
import { displayDate, escapeHtml, ltr, PNG_DATA_URL } from './html';
import type { PaperBody, PaperContext, PaperRow, PaperSection, PaperSignature } from './model';
import { translationNotice } from './consents/translations';
import type { PaperTemplate } from './templates';

/** A value inside a CSS string: no quote, backslash, line break or tag can leave it. */
function cssString(value: string): string {
  return `"${value.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** The foot of every page: office · date on the right, page x of y in the middle, the reference on the left. */
function pageFoot(ctx: PaperContext): string {
  const box =
    'font-family: "Noto Sans Hebrew", sans-serif; font-size: 8pt; color: #444; border-top: 1px solid #999; vertical-align: top; padding-top: 2mm;';
  const date = displayDate(ctx.date)!;
  return `@page {
  @bottom-right { content: ${cssString(`${ctx.office.name} · ${date}`)}; ${box} }
  @bottom-center { content: "עמוד " counter(page) " מתוך " counter(pages); ${box} }
  @bottom-left { content: ${cssString(`מסמך ${ctx.paperId}`)}; ${box} }
}`;
}

/** What the client must still fill in by hand: a printable, unmistakable mark. */
const BLANK = '<span class="blank">למילוי</span>';

const STYLE = `
@page { size: A4; margin: 14mm 15mm 18mm 15mm; }
* { box-sizing: border-box; }
body { font-family: 'Noto Sans Hebrew', 'Noto Sans Arabic', 'Noto Sans', sans-serif; font-size: 10.5pt; line-height: 1.5; color: #111; margin: 0; }
header { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 2px solid #1f3a5f; padding-bottom: 6px; }
header .office { font-weight: 700; font-size: 11pt; }
header .meta { text-align: left; font-size: 9pt; color: #333; }
h1 { font-size: 15pt; text-align: center; margin: 10px 0 4px; color: #1f3a5f; }
.form-number { text-align: center; font-size: 10pt; margin-bottom: 8px; }
section { margin-top: 9px; break-inside: avoid; }
h2 { font-size: 11pt; background: #e8edf3; border-right: 4px solid #1f3a5f; padding: 2px 8px; margin: 0 0 5px; }
.rows { display: grid; grid-template-columns: 1fr 1fr; column-gap: 18px; row-gap: 2px; }
.row { display: flex; gap: 8px; border-bottom: 1px solid #bbb; min-height: 1.7em; align-items: baseline; }
.row.wide { grid-column: 1 / -1; }
.row .label { color: #444; white-space: nowrap; font-size: 9.5pt; }
.row .value { font-weight: 700; flex: 1; }
.row.missing .value::after { content: '\\00a0'; }
.blank { display: inline-block; min-width: 60px; padding: 0 6px; border: 1.5px dashed #b45309; background: #fef3c7; color: #92400e; font-size: 8pt; font-weight: 400; line-height: 1.4; }
.legend { font-size: 9pt; margin: 0 0 6px; }
td .blank { min-width: 40px; }
tr.empty td { height: 1.9em; }
p { margin: 4px 0; text-align: justify; }
.checks { display: flex; flex-wrap: wrap; gap: 4px 18px; margin: 3px 0; }
.box { display: inline-block; width: 11px; height: 11px; border: 1px solid #111; margin-left: 5px; vertical-align: middle; position: relative; }
.box.on::after { content: ''; position: absolute; left: 3px; top: 0; width: 3px; height: 7px; border: solid #111; border-width: 0 2px 2px 0; transform: rotate(45deg); }
.struck { text-decoration: line-through; color: #666; }
table { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
th, td { border: 1px solid #999; padding: 2px 6px; text-align: right; }
th { background: #f2f4f7; }
.translation { border: 1px dashed #888; padding: 6px 10px; margin-top: 10px; }
.translation .notice { font-weight: 700; }
.signatures { display: flex; gap: 24px; margin-top: 14px; break-inside: avoid; }
.sign { flex: 1; }
.sign .line { border-bottom: 1px solid #111; height: 52px; display: flex; align-items: flex-end; justify-content: center; }
.sign img { max-height: 50px; max-width: 100%; }
.sign .typed { font-size: 16pt; font-style: italic; }
.sign .caption { font-size: 9pt; color: #333; }
.inline-sign { margin-top: 4px; display: flex; gap: 10px; align-items: flex-end; }
.inline-sign .line { border-bottom: 1px solid #111; width: 180px; height: 36px; display: flex; align-items: flex-end; justify-content: center; }
.inline-sign img { max-height: 34px; }
footer { margin-top: 14px; border-top: 1px solid #999; padding-top: 4px; font-size: 8pt; color: #444; overflow-wrap: anywhere; }
`;

function value(row: PaperRow): string {
  if (!row.value) return row.ifApplicable ? '' : BLANK;
  return row.ltr ? ltr(row.value) : escapeHtml(row.value);
}

function rows(list: PaperRow[]): string {
  return `<div class="rows">${list
    .map(
      (r) =>
        `<div class="row${r.value ? '' : ' missing'}${(r.value?.length ?? 0) > 34 || r.label.length > 30 ? ' wide' : ''}"><span class="label">${escapeHtml(r.label)}:</span><span class="value">${value(r)}</span></div>`,
    )
    .join('')}</div>`;
}

function signatureMark(signature: PaperSignature | null): string {
  if (!signature) return '';
  if (signature.method === 'drawn')
    return PNG_DATA_URL.test(signature.signature) ? `<img alt="חתימה" src="${signature.signature}">` : '';
  return `<span class="typed">${escapeHtml(signature.signature)}</span>`;
}

const signLine = (c: { title: string; name: string | null }) =>
  `<div class="sign"><div class="line"></div><div class="caption">${escapeHtml(c.title)}: ${escapeHtml(c.name ?? '')}</div></div>`;

/**
 * A group of check boxes. Unchecked boxes are struck out where the paper made the choice; where the
 * client still chooses (none of a one-choice group picked, or boxes the client ticks), they stay clear.
 */
function checks(s: PaperSection & { checks: NonNullable<PaperSection['checks']> }): string {
  const open = s.clientTicks || (!!s.pickOne && !s.checks.some((c) => c.checked));
  const boxes = s.checks
    .map(
      (c) =>
        `<span class="${c.checked || open ? '' : 'struck'}"><span class="box${c.checked ? ' on' : ''}"></span>${escapeHtml(c.label)}</span>`,
    )
    .join('');
  return `<div class="checks">${s.pickOne ? `<span class="label">${escapeHtml(s.pickOne)}:</span>` : ''}${boxes}${s.pickOne && open ? BLANK : ''}</div>`;
}

function section(s: PaperSection, signature: PaperSignature | null): string {
  const parts = [`<h2>${s.number ? `${s.number}. ` : ''}${escapeHtml(s.title)}</h2>`];
  const boxes = s.checks?.length ? checks({ ...s, checks: s.checks }) : '';
  // A one-choice group (marital status) follows the rows it belongs with; other boxes lead.
  if (!s.pickOne) parts.push(boxes);
  for (const p of s.paragraphs ?? []) parts.push(`<p>${escapeHtml(p)}</p>`);
  if (s.rows?.length) parts.push(rows(s.rows));
  if (s.pickOne) parts.push(boxes);
  if (s.table) {
    const head = s.table.head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
    const body = s.table.rows
      .map((r) => `<tr>${r.map((c) => `<td>${/^[\d/.:-]+$/.test(c) ? ltr(c) : escapeHtml(c)}</td>`).join('')}</tr>`)
      .join('');
    const empty = `<tr class="empty"><td>${BLANK}</td>${'<td></td>'.repeat(s.table.head.length - 1)}</tr>`.repeat(
      s.table.blankRows ?? 0,
    );
    parts.push(`<table><thead><tr>${head}</tr></thead><tbody>${body}${empty}</tbody></table>`);
  }
  if (s.signLines?.length) parts.push(`<div class="signatures">${s.signLines.map(signLine).join('')}</div>`);
  if (s.signHere)
    parts.push(
      `<div class="inline-sign"><span>חתימת המבוטח על הרשאה זו:</span><span class="line">${signatureMark(signature)}</span></div>`,
    );
  return `<section>${parts.join('')}</section>`;
}

function translation(body: PaperBody): string {
  const t = body.translation;
  if (!t) return '';
  const dir = t.language === 'ar' ? 'rtl' : 'ltr';
  return `<section class="translation" lang="${t.language}" dir="${dir}"><p class="notice">${escapeHtml(translationNotice[t.language])}</p>${t.paragraphs
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('')}</section>`;
}

function signatures(ctx: PaperContext, body: PaperBody, signerLabel: string): string {
  const s = ctx.signature;
  const insured = `<div class="sign"><div class="line">${signatureMark(s)}</div><div class="caption">${escapeHtml(signerLabel)}: ${escapeHtml(s?.signerName ?? '')}${
    s?.signerIdNumber ? ` · ת.ז. ${ltr(s.signerIdNumber)}` : ''
  } · תאריך: ${ltr(displayDate(ctx.date)!)}</div></div>`;
  return `<div class="signatures">${[insured, ...(body.countersign ?? []).map(signLine)].join('')}</div>`;
}

/** How the paper was signed; the device stays in the office's record, never on the paper. */
function signedNote(s: PaperSignature | null): string {
  if (!s) return 'טיוטה — טרם נחתם';
  const how = s.method === 'drawn' ? 'חתימה שצוירה על המסך' : 'חתימה בהקלדת השם';
  return `נחתם ב-${ltr(s.signedAt.replace('T', ' ').slice(0, 16))} UTC · ${how}`;
}

export interface RenderedPaper {
  html: string;
  /** Labels of required fields the file does not fill yet. */
  missing: string[];
}

export function renderPaper(template: PaperTemplate, ctx: PaperContext, fontCss: string): RenderedPaper {
  const body = template.body(ctx);
  const missing = body.sections.flatMap((s) => [
    ...(s.pickOne && !s.checks?.some((c) => c.checked) ? [s.pickOne] : []),
    ...(s.rows ?? []).filter((r) => r.required && !r.value).map((r) => r.label),
  ]);
  const sections = body.sections.map((s) => section(s, ctx.signature)).join('\n');
  const legend = sections.includes(BLANK)
    ? `<p class="legend">${BLANK} — פרט שהתיק אינו מכיל: יש להשלים בכתב יד לפני החתימה.</p>`
    : '';
  const formNumber = template.formNumber ? `<div class="form-number">טופס ${ltr(template.formNumber)}</div>` : '';
  const officeLine = [
    ctx.office.address ? escapeHtml(ctx.office.address) : null,
    ctx.office.phone ? ltr(formatPhone(ctx.office.phone)) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const html = `<!doctype html>
<html dir="rtl" lang="he"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:"><title>${escapeHtml(template.title)}</title>
<style>${fontCss}${STYLE}${pageFoot(ctx)}</style></head>
<body>
<header><div><div class="office">${escapeHtml(ctx.office.name)}</div><div>${officeLine}</div></div>
<div class="meta">המוסד לביטוח לאומי<br>תאריך: ${ltr(displayDate(ctx.date)!)}</div></header>
<h1>${escapeHtml(template.title)}</h1>${formNumber}${legend}
${sections}
${translation(body)}
${body.unsigned ? '' : signatures(ctx, body, template.kind === 'claim_form' ? 'חתימת התובע' : 'חתימת המבוטח')}
${(body.after ?? []).map((s) => section(s, ctx.signature)).join('\n')}
<footer>מקור: ${escapeHtml(template.source)}${body.unsigned ? '' : `<br>${signedNote(ctx.signature)}`}</footer>
</body></html>`;
  return { html, missing };
}
