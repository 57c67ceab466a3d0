/**
 * A throw-away self-signed certificate for `npm run emulator -- --tls`, made at start with the
 * `selfsigned` package (pure JavaScript, no install script; Node has no API that issues
 * certificates). It names the loopback addresses and `localhost`, plus the host the emulator
 * binds, so a client that trusts this one certificate (NODE_EXTRA_CA_CERTS) can verify it as usual.
 */
import { isIP } from 'node:net';
import selfsigned from 'selfsigned';
import type { TlsMaterial } from './http-server.js';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];
const VALID_DAYS = 30;

export async function selfSignedCertificate(host: string, now = new Date()): Promise<TlsMaterial> {
  const names = [...new Set([...LOOPBACK_NAMES, host])];
  const altNames = names.map((name) =>
    isIP(name) ? { type: 7 as const, ip: name } : { type: 2 as const, value: name },
  );
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'Bitrix24 portal emulator' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 60_000),
    notAfterDate: new Date(now.getTime() + VALID_DAYS * 24 * 3600 * 1000),
    extensions: [
      // Its own issuer: trusting it as a CA (NODE_EXTRA_CA_CERTS) is how a client accepts it.
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}
