import { createLogger } from '../../../src/observability/logger.js';

function capture(level: Parameters<typeof createLogger>[0]) {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger(level, (line) => lines.push(JSON.parse(line) as Record<string, unknown>));
  return { logger, lines };
}

describe('createLogger (pino)', () => {
  it('writes one JSON line with an ISO time, the level as a word, msg and the fields', () => {
    const { logger, lines } = capture('info');
    logger.info('request', { requestId: 'r1', status: 200 });
    expect(lines).toEqual([
      { time: expect.any(String), level: 'info', msg: 'request', requestId: 'r1', status: 200 },
    ]);
    expect(Number.isNaN(Date.parse(lines[0]!.time as string))).toBe(false);
  });

  it('keeps LOG_LEVEL semantics: lines below the level and everything at silent are dropped', () => {
    const warn = capture('warn');
    warn.logger.debug('d');
    warn.logger.info('i');
    warn.logger.warn('w');
    warn.logger.error('e');
    expect(warn.lines.map((line) => line.level)).toEqual(['warn', 'error']);
    const silent = capture('silent');
    silent.logger.error('e');
    expect(silent.lines).toEqual([]);
  });

  it('blanks credential-named fields and scrubs webhook codes and auth= values from any string', () => {
    const { logger, lines } = capture('debug');
    logger.warn('call to https://x.bitrix24.com/rest/1/s3cr3tc0de/im.recent.list failed', {
      token: 'dev-token-1',
      nested: { authorization: 'Bearer dev-token-2', url: 'https://x/rest/vote.get?auth=dev-token-3&id=1' },
    });
    const text = JSON.stringify(lines);
    expect(text).not.toMatch(/s3cr3tc0de|dev-token/);
    expect(lines[0]).toMatchObject({ token: '***', nested: { authorization: '***' } });
  });
});
