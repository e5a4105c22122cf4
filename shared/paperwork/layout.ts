// A paper as one printable HTML page (A4, right to left): a header with the office and the form
// number, the sections, the translation if any, the signatures and a footer citing the source.
// Everything from the file is escaped here; the fonts arrive as CSS from the caller (main inlines them).
import { formatPhone } from '../identity/phone';
import { displayDate, escapeHtml, ltr, PNG_DATA_URL } from './html';
import type { PaperBody, PaperContext, PaperRow, PaperSection, PaperSignature } from './model';
import { translationNotice } from './consents/translations';
import type { PaperTemplate } from './templates';

const STYLE = `
@page { size: A4; margin: 14mm 15mm 16mm 15mm; }
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
footer { margin-top: 14px; border-top: 1px solid #999; padding-top: 4px; font-size: 8pt; color: #444; }
`;

function value(row: PaperRow): string {
  if (!row.value) return '';
  return row.ltr ? ltr(row.value) : escapeHtml(row.value);
}

function rows(list: PaperRow[]): string {
  return `<div class="rows">${list
    .map((r) => `<div class="row${r.value ? '' : ' missing'}${(r.value?.length ?? 0) > 34 ? ' wide' : ''}"><span class="label">${escapeHtml(r.label)}:</span><span class="value">${value(r)}</span></div>`)
    .join('')}</div>`;
}

function signatureMark(signature: PaperSignature | null): string {
  if (!signature) return '';
  if (signature.method === 'drawn') return PNG_DATA_URL.test(signature.signature) ? `<img alt="חתימה" src="${signature.signature}">` : '';
  return `<span class="typed">${escapeHtml(signature.signature)}</span>`;
}

function section(s: PaperSection, signature: PaperSignature | null): string {
  const parts = [`<h2>${escapeHtml(s.title)}</h2>`];
  if (s.checks?.length) {
    parts.push(
      `<div class="checks">${s.checks
        .map((c) => `<span class="${c.checked ? '' : 'struck'}"><span class="box${c.checked ? ' on' : ''}"></span>${escapeHtml(c.label)}</span>`)
        .join('')}</div>`,
    );
  }
  for (const p of s.paragraphs ?? []) parts.push(`<p>${escapeHtml(p)}</p>`);
  if (s.rows?.length) parts.push(rows(s.rows));
  if (s.table) {
    const head = s.table.head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
    const body = s.table.rows.map((r) => `<tr>${r.map((c) => `<td>${/^[\d/.:-]+$/.test(c) ? ltr(c) : escapeHtml(c)}</td>`).join('')}</tr>`).join('');
    parts.push(`<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`);
  }
  if (s.signHere) parts.push(`<div class="inline-sign"><span>חתימת המבוטח על הרשאה זו:</span><span class="line">${signatureMark(signature)}</span></div>`);
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
  const others = (body.countersign ?? []).map((c) => `<div class="sign"><div class="line"></div><div class="caption">${escapeHtml(c.title)}: ${escapeHtml(c.name ?? '')}</div></div>`);
  return `<div class="signatures">${[insured, ...others].join('')}</div>`;
}

function signedNote(s: PaperSignature | null): string {
  if (!s) return 'טיוטה — טרם נחתם';
  const how = s.method === 'drawn' ? 'חתימה שצוירה על המסך' : 'חתימה בהקלדת השם';
  return `נחתם ב-${ltr(s.signedAt.replace('T', ' ').slice(0, 16))} UTC · ${how} · מכשיר: ${escapeHtml(s.device)}`;
}

export interface RenderedPaper {
  html: string;
  /** Labels of required fields the file does not fill yet. */
  missing: string[];
}

export function renderPaper(template: PaperTemplate, ctx: PaperContext, fontCss: string): RenderedPaper {
  const body = template.body(ctx);
  const missing = body.sections.flatMap((s) => (s.rows ?? []).filter((r) => r.required && !r.value).map((r) => r.label));
  const formNumber = template.formNumber ? `<div class="form-number">טופס ${ltr(template.formNumber)}</div>` : '';
  const officeLine = [ctx.office.address ? escapeHtml(ctx.office.address) : null, ctx.office.phone ? ltr(formatPhone(ctx.office.phone)) : null].filter(Boolean).join(' · ');
  const html = `<!doctype html>
<html dir="rtl" lang="he"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:"><title>${escapeHtml(template.title)}</title>
<style>${fontCss}${STYLE}</style></head>
<body>
<header><div><div class="office">${escapeHtml(ctx.office.name)}</div><div>${officeLine}</div></div>
<div class="meta">המוסד לביטוח לאומי<br>תאריך: ${ltr(displayDate(ctx.date)!)}</div></header>
<h1>${escapeHtml(template.title)}</h1>${formNumber}
${body.sections.map((s) => section(s, ctx.signature)).join('\n')}
${translation(body)}
${body.unsigned ? '' : signatures(ctx, body, template.kind === 'claim_form' ? 'חתימת התובע' : 'חתימת המבוטח')}
<footer>מקור: ${escapeHtml(template.source)}${body.unsigned ? '' : `<br>${signedNote(ctx.signature)}`}</footer>
</body></html>`;
  return { html, missing };
}
