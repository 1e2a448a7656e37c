// A throw-away TLS certificate for the sandbox, generated at start and kept in memory only (never committed).
import { generate } from 'selfsigned';

export interface TlsPair {
  key: string;
  cert: string;
}

/** One certificate whose SANs name every sandbox host, plus localhost and 127.0.0.1 for direct checks. */
export async function makeCertificate(hosts: readonly string[]): Promise<TlsPair> {
  const now = new Date();
  const pems = await generate([{ name: 'commonName', value: 'Engage Copilot sandbox' }], {
    // EC keys are generated in milliseconds; RSA 2048 costs noticeable start-up time on 2 shared cores.
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 60_000),
    notAfterDate: new Date(now.getTime() + 7 * 24 * 3600_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...[...hosts, 'localhost'].map((value) => ({ type: 2 as const, value })),
          { type: 7 as const, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
