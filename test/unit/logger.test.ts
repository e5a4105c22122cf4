// The operations log keeps personal data out: an unexpected error quoting a client's ID number, phone
// or e-mail is logged without them, and fields that name or reach a person are dropped by path.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, scrub } from '../../main/logging/logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { logger: createLogger(stream), text: () => lines.join('') };
}

describe('the operations log', () => {
  it("logs an unexpected error without the client's ID number, phone or e-mail, keeping the rest", () => {
    const { logger, text } = capture();
    const error = new Error(
      'UNIQUE constraint failed: insured_person.id_number = 039337423 (054-1234567, dana@example.co.il)',
    );
    logger.error({ err: error, ref: 'A1B2C3D4', procedure: 'clients.create' }, 'unexpected error');
    const line = JSON.parse(text()) as {
      err: { message: string; stack: string; type: string };
      ref: string;
      procedure: string;
      msg: string;
    };
    expect(text()).not.toMatch(/039337423|1234567|dana@/);
    expect(line).toMatchObject({
      ref: 'A1B2C3D4',
      procedure: 'clients.create',
      msg: 'unexpected error',
      err: { type: 'Error' },
    });
    expect(line.err.message).toBe('UNIQUE constraint failed: insured_person.id_number = [number] ([number], [email])');
    expect(line.err.stack).toContain('logger.test.ts');
  });

  it('drops the fields that name or reach a person, and tokens and passwords, at any depth', () => {
    const { logger, text } = capture();
    const client = { idNumber: '039337423', firstNameHe: 'דנה', lastNameHe: 'כהן', phone: '0541234567', id: 7 };
    logger.warn(
      {
        client,
        session: { token: 'secret-token-value', staffId: 3 },
        login: { credentials: { password: 'hunter2-password' } },
        input: { note: 'x' },
      },
      'check',
    );
    const logged = text();
    for (const value of ['039337423', 'דנה', 'כהן', '0541234567', 'secret-token-value', 'hunter2-password', '"note"'])
      expect(logged).not.toContain(value);
    expect(JSON.parse(logged)).toMatchObject({ client: { id: 7 }, session: { staffId: 3 } });
  });

  it('masks numbers in a message built from a value, and leaves short numbers and dates alone', () => {
    const { logger, text } = capture();
    logger.info('client 039337423 opened');
    expect(JSON.parse(text()).msg).toBe('client [number] opened');
    expect(scrub('3 backups, 2026-12-03, port 8443')).toBe('3 backups, 2026-12-03, port 8443');
  });
});
