/**
 * Validation of the two portal addresses. Messages name the variable and the rule that failed,
 * never the value: a webhook URL carries its secret code in the path.
 */
import type { ProblemList } from './env-readers.js';

import { isLoopbackHost } from './loopback-host.js';

/** Parses and checks the parts every portal URL shares; `undefined` after recording a problem. */
function parsePortalUrl(name: string, raw: string, problems: ProblemList): URL | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.add(`${name} is not a valid URL`);
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    problems.add(`${name} must use https`);
    return undefined;
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    problems.add(`${name} must use https (plain http is accepted only for loopback hosts)`);
    return undefined;
  }
  if (url.username !== '' || url.password !== '') {
    problems.add(`${name} must not contain a user name or password`);
    return undefined;
  }
  if (url.search !== '' || url.hash !== '') {
    problems.add(`${name} must not contain a query string or fragment`);
    return undefined;
  }
  return url;
}

/**
 * `BITRIX24_PORTAL_URL`: the portal origin, optionally followed by `/rest/` (the form the OAuth
 * `client_endpoint` has). Returns the bare origin, e.g. `https://example.bitrix24.com`.
 */
export function parseOAuthPortalUrl(name: string, raw: string, problems: ProblemList): string | undefined {
  const url = parsePortalUrl(name, raw, problems);
  if (url === undefined) return undefined;
  if (!/^\/(rest\/?)?$/.test(url.pathname)) {
    problems.add(`${name} must be the portal address (https://<portal>/ or https://<portal>/rest/)`);
    return undefined;
  }
  return url.origin;
}

/**
 * `BITRIX24_WEBHOOK_URL`: `https://<portal>/rest/<userId>/<code>/`. Returns it normalised with
 * exactly one trailing slash.
 */
export function parseWebhookUrl(name: string, raw: string, problems: ProblemList): string | undefined {
  const url = parsePortalUrl(name, raw, problems);
  if (url === undefined) return undefined;
  const match = /^\/rest\/(\d+)\/([A-Za-z0-9_-]+)\/?$/.exec(url.pathname);
  if (match === null) {
    problems.add(`${name} is not a webhook URL (expected https://<portal>/rest/<userId>/<code>/)`);
    return undefined;
  }
  return `${url.origin}/rest/${match[1]}/${match[2]}/`;
}
