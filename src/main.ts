/**
 * Entry of `npm start`: config -> (embedded emulator when no portal is configured) -> server.
 * Stops with exit code 1 and one line per problem when the configuration is invalid; drains and
 * closes everything on SIGTERM/SIGINT.
 */
import 'reflect-metadata';
import { createFacade } from './app/create-facade.js';
import { ConfigError, KNOWN_NODE_ENVS, loadConfig, type Config } from './config/config.js';
import { DEFAULT_SEED } from './emulators/bitrix24/store/default-seed.js';
import { createLogger } from './observability/logger.js';
import { describeTelegramEmulator } from './app/telegram-seed-lines.js';

function readConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const line of error.problems) process.stderr.write(`config error: ${line}\n`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  const facade = await createFacade(config, { logger });
  const { target, emulator, appTokens, tracing, telegram } = facade;

  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`facade: ${facade.graphqlUrl} (mode: ${target.mode})`);
  if (config.trustedDocuments !== undefined) {
    out(
      `trusted documents: ${config.trustedDocuments.byHash.size} operations${config.trustedDocuments.allowArbitrary ? '; other documents are allowed too (GRAPHQL_ALLOW_ARBITRARY_DOCUMENTS, the default outside production)' : ' only'}`,
    );
  }
  if (!KNOWN_NODE_ENVS.includes(config.nodeEnv)) {
    out(`NODE_ENV=${config.nodeEnv} is not development, test or production: production defaults apply`);
  }
  if (target.mode === 'multi') {
    out(
      `portals: ${target.hosts.map((host) => host.text).join(', ')} (named per request in X-Bitrix24-Domain)`,
    );
  }
  if (tracing !== undefined) out('tracing: OpenTelemetry spans to the OTLP endpoint (OTEL_EXPORTER_OTLP_*)');
  if (config.traffic.app !== undefined) {
    // The client id is public; the secret and tokens are never printed.
    out(
      `application token: client_id=${config.traffic.app.clientId} (connector calls, OAuth-mode bots; kept in ${appTokens?.storeLocation ?? 'memory'})`,
    );
  }
  if (emulator !== undefined) {
    out(`emulator: ${emulator.url}`);
    for (const token of DEFAULT_SEED.tokens ?? []) {
      out(`dev token for user ${token.userId}: Authorization: Bearer ${token.accessToken}`);
    }
  }
  if (telegram.emulator !== undefined) {
    for (const line of describeTelegramEmulator(telegram.emulator, telegram.devSessions ?? [])) out(line);
  } else if (config.telegram.mode === 'real') {
    out(
      `telegram: real Telegram (api_id ${config.telegram.apiId}); sessions in ${config.telegram.sessions.kind === 'file' ? config.telegram.sessions.path : 'Redis'} (npm run telegram-login)`,
    );
  } else out('telegram: off (tg: dialog ids are refused)');

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.stderr.write(`${signal} again: exiting now\n`);
      process.exit(1);
    }
    stopping = true;
    logger.info('shutting down', { signal });
    facade.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
