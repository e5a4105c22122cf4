// The client's fee statement as a PDF: the ledger of all their claims, their fee agreement and the
// office, in their language, printed by the same Chromium renderer as every paper.
import { randomBytes } from 'node:crypto';
import Decimal from 'decimal.js';
import { todayInIsrael } from '../../shared/dates';
import { fromHundredths } from '../../shared/money';
import { renderFeeStatement, statementLanguage } from '../../shared/paperwork/fee-statement';
import type { ClientLedger, PaymentStatement } from '../../shared/schemas/payments';
import { findOffice } from '../../db/repositories/offices';
import { agreementsOf } from '../../db/repositories/payments';
import { getClient } from '../services/clients/client';
import type { Call } from '../services/context';
import { paperFontCss } from '../paperwork/fonts';
import { pdfRenderer } from '../paperwork/pdf-renderer';

type Client = ReturnType<typeof getClient>;

/** The client's name as their language writes it, when the file has it in that script. */
function nameIn(client: Client, language: string): string {
  if (language === 'ar' && client.firstNameAr && client.lastNameAr) return `${client.firstNameAr} ${client.lastNameAr}`;
  if ((language === 'ru' || language === 'en') && client.firstNameLatin && client.lastNameLatin)
    return `${client.firstNameLatin} ${client.lastNameLatin}`;
  return `${client.firstNameHe} ${client.lastNameHe}`;
}

export async function feeStatementPdf(
  call: Call,
  ledger: ClientLedger & { feeTotal: string | null },
  asked: string | undefined,
): Promise<PaymentStatement> {
  const client = getClient(call, { id: ledger.clientId });
  const language = statementLanguage(asked ?? client.preferredLanguage);
  const office = findOffice(call.store.db, call.session.officeId);
  const agreement = agreementsOf(call.store.db, client.id).find((a) => a.signedDate && !a.cancelledDate) ?? null;
  const date = todayInIsrael(call.now());
  const reference = `FEES-${date.replaceAll('-', '')}-${randomBytes(3).toString('hex').toUpperCase()}`;
  const html = renderFeeStatement(
    {
      office: { name: office?.name ?? '', address: office?.address ?? null, phone: office?.phone ?? null },
      client: { name: nameIn(client, language), idNumber: client.idNumber },
      date,
      language,
      agreement: agreement && {
        signedDate: agreement.signedDate,
        successFeePercent: new Decimal(agreement.successFeeBasisPoints).dividedBy(100).toFixed(2),
        openingFee: fromHundredths(agreement.openingFeeAgorot),
      },
      entries: ledger.entries,
      feeTotal: ledger.feeTotal,
      reference,
    },
    paperFontCss(),
  );
  const pdf = await pdfRenderer().render(html);
  return { fileName: `${reference}.pdf`, language, pdfBase64: Buffer.from(pdf).toString('base64') };
}
