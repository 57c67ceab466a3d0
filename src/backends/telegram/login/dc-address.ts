/**
 * TELEGRAM_DC for the login command: `host:port` of the server a new session starts at (a custom
 * server or a Telegram test DC) instead of teleproto's built-in Telegram DC. An empty StringSession
 * cannot carry an address (it saves as ''), so the login sets it on the session object instead.
 */
export interface DcAddress {
  host: string;
  port: number;
}

export function parseDcAddress(hostPort: string): DcAddress {
  const match = /^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\]):(\d{1,5})$/.exec(hostPort);
  const port = Number(match?.[2]);
  if (match === null || !(port >= 1 && port <= 32767))
    throw new Error('TELEGRAM_DC must be host:port with a port of 1..32767');
  return { host: match[1]!.replace(/^\[|\]$/g, ''), port };
}
