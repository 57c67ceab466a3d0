/**
 * `npm run emulator -- [--port 4001] [--host 127.0.0.1] [--seed file.json] [--no-limits]`
 *   `[--allow-non-loopback]` (plain HTTP beyond loopback, e.g. inside a container network)
 *   `[--tls [--tls-cert-out file.pem] | --tls-cert cert.pem --tls-key key.pem]` (HTTPS)
 * Starts the portal emulator and prints how to reach it, one item per line.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { selfSignedCertificate } from './core/tls-certificate.js';
import { startEmulator, type TlsMaterial } from './index.js';

interface CliOptions {
  port: number;
  host: string;
  seed?: string;
  limits: boolean;
  allowNonLoopback: boolean;
  tls: boolean;
  tlsCert?: string;
  tlsKey?: string;
  tlsCertOut?: string;
}

const USAGE =
  'usage: emulator [--port 4001] [--host 127.0.0.1] [--seed file.json] [--no-limits] [--allow-non-loopback]\n' +
  '                [--tls [--tls-cert-out file.pem] | --tls-cert cert.pem --tls-key key.pem]';

function parseCliArgs(argv: string[]): CliOptions {
  const opts: CliOptions = {
    port: 4001,
    host: '127.0.0.1',
    limits: true,
    allowNonLoopback: false,
    tls: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return v;
    };
    if (arg === '--port') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`--port must be 0..65535\n${USAGE}`);
      opts.port = port;
    } else if (arg === '--host') opts.host = value();
    else if (arg === '--seed') opts.seed = value();
    else if (arg === '--no-limits') opts.limits = false;
    else if (arg === '--allow-non-loopback') opts.allowNonLoopback = true;
    else if (arg === '--tls') opts.tls = true;
    else if (arg === '--tls-cert') opts.tlsCert = value();
    else if (arg === '--tls-key') opts.tlsKey = value();
    else if (arg === '--tls-cert-out') opts.tlsCertOut = value();
    else if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  if ((opts.tlsCert === undefined) !== (opts.tlsKey === undefined))
    throw new Error(`--tls-cert and --tls-key go together\n${USAGE}`);
  if (opts.tlsCert !== undefined && opts.tlsCertOut !== undefined)
    throw new Error(`--tls-cert-out is for the generated certificate, not with --tls-cert\n${USAGE}`);
  if (opts.tlsCert !== undefined || opts.tlsCertOut !== undefined) opts.tls = true;
  return opts;
}

/** The certificate to serve and the PEM file a client must trust. */
async function tlsSetup(opts: CliOptions): Promise<{ material: TlsMaterial; trustFile: string }> {
  if (opts.tlsCert !== undefined && opts.tlsKey !== undefined) {
    const material = { cert: readFileSync(opts.tlsCert, 'utf8'), key: readFileSync(opts.tlsKey, 'utf8') };
    return { material, trustFile: resolve(opts.tlsCert) };
  }
  const material = await selfSignedCertificate(opts.host);
  // Only the certificate is written (never the key): it is what a client needs to trust.
  const trustFile = resolve(
    opts.tlsCertOut ?? join(mkdtempSync(join(tmpdir(), 'bitrix24-emulator-')), 'emulator-cert.pem'),
  );
  writeFileSync(trustFile, material.cert);
  return { material, trustFile };
}

async function main(): Promise<void> {
  const opts = parseCliArgs(process.argv.slice(2));
  const tls = opts.tls ? await tlsSetup(opts) : undefined;
  const emu = await startEmulator({
    tls: tls?.material,
    port: opts.port,
    host: opts.host,
    seed: opts.seed,
    limits: { enabled: opts.limits },
    allowNonLoopback: opts.allowNonLoopback,
  });
  const tokens = [...emu.state.tokens.values()];
  const apps = [...emu.state.apps.values()];
  // These are the emulator's own development credentials (documented in the README); printing
  // them is the point of this command. They never belong to a real portal.
  const lines = [
    `Bitrix24 portal emulator listening on ${emu.url}`,
    `REST (OAuth):  ${emu.url}/rest/<method>  (auth=<token>)`,
    `Webhook URL:   ${emu.webhookUrl}`,
    `Token URL:     ${emu.url}/oauth/token/`,
    ...apps.map((a) => `App:           client_id=${a.clientId} client_secret=${a.clientSecret}`),
    ...tokens.map((t) => `Token:         user ${t.userId}: ${t.accessToken} (refresh ${t.refreshToken})`),
    `Limits:        ${opts.limits ? 'on' : 'off'}`,
    `Controls:      ${emu.url}/_emulator/health`,
    ...(tls
      ? [
          `TLS cert:      ${tls.trustFile}`,
          `Trust it:      NODE_EXTRA_CA_CERTS=${tls.trustFile} node your-app.js  (Node; other clients: add it to their CA list)`,
        ]
      : []),
  ];
  process.stdout.write(lines.join('\n') + '\n');
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping the emulator\n`);
    void emu.close().then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  // SeedValidationError is an Error too: its message lists every problem of the seed file.
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
