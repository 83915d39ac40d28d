import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on this machine that keeps what it receives. */
export async function startSmtp(
  port = 0,
): Promise<{ server: SMTPServer; port: number; received: ParsedMail[] }> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port, received };
}

/** The addresses a message went to. */
export const toOf = (mail: ParsedMail): string =>
  (Array.isArray(mail.to) ? mail.to : [mail.to]).map((a) => a?.text ?? '').join(',');

export interface SmsGateway {
  readonly url: string;
  /** Every request that the gateway accepted, with its headers and JSON body. */
  readonly received: { headers: IncomingHttpHeaders; body: { sender: string; to: string; text: string } }[];
  /** How many of the next requests to refuse with 503 (an operator's outage). */
  failNext: number;
  close(): Promise<void>;
}

/** An SMS gateway double that speaks real HTTP: it records each JSON POST and answers 202 (or 503 on demand). */
export async function startSmsGateway(): Promise<SmsGateway> {
  const gateway = { received: [], failNext: 0 } as unknown as SmsGateway & { failNext: number };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (gateway.failNext > 0) {
        gateway.failNext--;
        response.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"maintenance"}');
        return;
      }
      gateway.received.push({
        headers: request.headers,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      });
      response.writeHead(202, { 'content-type': 'application/json' }).end('{"status":"queued"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(gateway, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/send`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
