// The fee statement a client can be given: for each payment the NII made on their claims, the fee it
// allowed the office to take under their fee agreement and Amendment 161's caps, with the totals —
// one A4 HTML page in the client's language, printed to PDF like every other paper.
import Decimal from 'decimal.js';
import { formatPhone } from '../identity/phone';
import type { LedgerEntry } from '../schemas/payments';
import { monthSpanText } from '../payments/months';
import { displayDate, escapeHtml, ltr, moneyText } from './html';
import { statementLanguages, statementTexts, type StatementLanguage } from './fee-statement-texts';

export interface FeeStatement {
  office: { name: string; address: string | null; phone: string | null };
  client: { name: string; idNumber: string };
  /** The statement's day, ISO. */
  date: string;
  language: string;
  agreement: { signedDate: string | null; successFeePercent: string; openingFee: string } | null;
  entries: LedgerEntry[];
  /** The fee the agreement gives over all the claims, when known. */
  feeTotal: string | null;
  reference: string;
}

/** The language a statement is printed in: the client's, when the office's papers are written in it. */
export function statementLanguage(language: string): StatementLanguage {
  return (statementLanguages as readonly string[]).includes(language) ? (language as StatementLanguage) : 'he';
}

const sum = (values: string[]) => moneyText(values.reduce((s, v) => s.plus(v), new Decimal(0)).toFixed(2));

/** A value inside a CSS string: no quote, backslash, line break or tag can leave it. */
const cssString = (value: string) => `"${value.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

const STYLE = `
@page { size: A4; margin: 14mm 15mm 18mm 15mm; }
body { font-family: 'Noto Sans Hebrew', 'Noto Sans Arabic', 'Noto Sans', sans-serif; font-size: 10.5pt; line-height: 1.5; color: #111; margin: 0; }
header { display: flex; justify-content: space-between; border-bottom: 2px solid #1f3a5f; padding-bottom: 6px; }
header .office { font-weight: 700; font-size: 11pt; }
h1 { font-size: 15pt; text-align: center; margin: 10px 0; color: #1f3a5f; }
h2 { font-size: 11pt; background: #e8edf3; border-inline-start: 4px solid #1f3a5f; padding: 2px 8px; margin: 10px 0 5px; }
.rows { display: grid; grid-template-columns: 1fr 1fr; column-gap: 18px; }
.row { display: flex; gap: 8px; border-bottom: 1px solid #bbb; }
.row .label { color: #444; font-size: 9.5pt; }
.row .value { font-weight: 700; }
table { width: 100%; border-collapse: collapse; font-size: 9.5pt; margin-top: 6px; }
th, td { border: 1px solid #999; padding: 2px 6px; text-align: start; }
th { background: #f2f4f7; }
td.num { text-align: end; }
tfoot td { font-weight: 700; background: #f7f7f7; }
p { margin: 4px 0; }
`;

export function renderFeeStatement(s: FeeStatement, fontCss: string): string {
  const language = statementLanguage(s.language);
  const t = statementTexts[language];
  const row = (label: string, value: string) =>
    `<div class="row"><span class="label">${escapeHtml(label)}:</span><span class="value">${value}</span></div>`;
  const officeLine = [
    s.office.address ? escapeHtml(s.office.address) : null,
    s.office.phone ? ltr(formatPhone(s.office.phone)) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const agreement = s.agreement
    ? `<div class="rows">${[
        s.agreement.signedDate ? row(t.signedOn, ltr(displayDate(s.agreement.signedDate)!)) : '',
        row(t.successFee, ltr(`${s.agreement.successFeePercent}%`)),
        row(t.openingFee, ltr(`${moneyText(s.agreement.openingFee)} ₪`)),
        s.feeTotal ? row(t.feeTotal, ltr(`${moneyText(s.feeTotal)} ₪`)) : '',
      ].join('')}</div><p>${escapeHtml(t.caps)}</p>`
    : `<p>${escapeHtml(t.noAgreement)}</p>`;
  const lines = s.entries
    .map(
      (e) =>
        `<tr><td>${escapeHtml(t.benefits[e.benefit])}</td><td>${ltr(monthSpanText(e))}</td><td>${escapeHtml(t.kind[e.kind])}</td><td class="num">${ltr(moneyText(e.amount))}</td><td class="num">${ltr(moneyText(e.fee))}</td><td>${escapeHtml(t.basis[e.basis])}</td></tr>`,
    )
    .join('');
  const table = s.entries.length
    ? `<table><thead><tr><th>${t.head.benefit}</th><th>${t.head.months}</th><th>${t.head.kind}</th><th>${t.head.amount}</th><th>${t.head.fee}</th><th>${t.head.basis}</th></tr></thead>
<tbody>${lines}</tbody><tfoot><tr><td colspan="3">${escapeHtml(t.total)}</td><td class="num">${ltr(sum(s.entries.map((e) => e.amount)))}</td><td class="num">${ltr(sum(s.entries.map((e) => e.fee)))}</td><td></td></tr></tfoot></table>`
    : `<p>${escapeHtml(t.none)}</p>`;
  const foot =
    'font-family: "Noto Sans Hebrew", "Noto Sans Arabic", "Noto Sans", sans-serif; font-size: 8pt; color: #444; border-top: 1px solid #999;';
  const page = `@page {
  @bottom-right { content: ${cssString(`${s.office.name} · ${displayDate(s.date)!}`)}; ${foot} }
  @bottom-center { content: ${cssString(`${t.page} `)} counter(page) ${cssString(` ${t.of} `)} counter(pages); ${foot} }
  @bottom-left { content: ${cssString(`${t.reference} ${s.reference}`)}; ${foot} }
}`;
  return `<!doctype html>
<html dir="${t.dir}" lang="${language}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:"><title>${escapeHtml(t.title)}</title>
<style>${fontCss}${STYLE}${page}</style></head>
<body>
<header><div><div class="office">${escapeHtml(s.office.name)}</div><div>${officeLine}</div></div><div>${escapeHtml(t.date)}: ${ltr(displayDate(s.date)!)}</div></header>
<h1>${escapeHtml(t.title)}</h1>
<div class="rows">${row(t.client, escapeHtml(s.client.name))}${row(t.idNumber, ltr(s.client.idNumber))}</div>
<h2>${escapeHtml(t.agreement)}</h2>
${agreement}
${table}
</body></html>`;
}
