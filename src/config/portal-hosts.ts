/**
 * Multi-portal mode (a marketplace application installed on many portals): BITRIX24_PORTAL_HOSTS is
 * the allow-list of portal hosts, and each request names its portal in `X-Bitrix24-Domain` (what
 * the BX24 JS SDK and the install/placement parameters call DOMAIN). This module parses both, the
 * same strict way, so that what is matched is exactly the host the facade then connects to:
 *
 * - a host is a DNS name, a dotted IPv4 address or a bracketed IPv6 address, with an optional port;
 *   case and one trailing dot are normalised away, as is the scheme's default port;
 * - no scheme, user name, path, query or fragment;
 * - a pattern is exact (`crm.example.com`, `acme.bitrix24.de:8443`, `127.0.0.1:5001`) or has one
 *   leading wildcard label (`*.bitrix24.com`) standing for exactly one label: it matches
 *   `acme.bitrix24.com`, never `a.b.bitrix24.com` nor `bitrix24.com`, and never an IP address;
 * - the port must equal the pattern's (none in the pattern: only the default port).
 *
 * The scheme is https, except plain http for loopback hosts (the portal refuses plain http; tests
 * run emulators on 127.0.0.1).
 */
import { isLoopbackHost } from './loopback-host.js';
import type { ProblemList } from './env-readers.js';

export interface PortalHostPattern {
  /** The normalised pattern, e.g. `*.bitrix24.com` or `acme.bitrix24.de:8443`. */
  readonly text: string;
  /** `*.` pattern: `hostname` is what follows the wildcard label. */
  readonly wildcard: boolean;
  readonly hostname: string;
  /** undefined: the scheme's default port (443, or 80 for plain-http loopback). */
  readonly port: number | undefined;
}

/** A portal a request may use: its normalised host (`hostname[:port]`) and its origin. */
export interface PortalHost {
  readonly host: string;
  readonly origin: string;
}

type HostKind = 'dns' | 'ipv4' | 'ipv6';

interface HostParts {
  readonly hostname: string;
  readonly port: number | undefined;
  readonly kind: HostKind;
}

/** Why a host or pattern was refused; the caller words it (a config line, an error message). */
export type HostProblem =
  'scheme' | 'userinfo' | 'path' | 'port' | 'host' | 'wildcard-position' | 'wildcard-too-broad';

const MAX_HOST_LENGTH = 260;
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function isIpv4(hostname: string): boolean {
  const parts = hostname.split('.');
  // No leading zeros: "010" is octal to some parsers (and the WHATWG URL parser), decimal to others.
  return parts.length === 4 && parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part) && Number(part) <= 255);
}

function isDnsName(hostname: string): boolean {
  if (hostname.length > 253) return false;
  const labels = hostname.split('.');
  if (!labels.every((label) => DNS_LABEL.test(label))) return false;
  // A last label that is a number (or 0x…) makes URL parsers read the whole host as an IPv4
  // address (`2130706433`, `0x7f.1`): then the host connected to differs from the host matched.
  return /^[a-z]/.test(labels[labels.length - 1] ?? '');
}

/** The canonical form of a bracketed IPv6 literal, or undefined. */
function canonicalIpv6(bracketed: string): string | undefined {
  try {
    const hostname = new URL(`http://${bracketed}/`).hostname;
    return hostname.startsWith('[') ? hostname : undefined;
  } catch {
    return undefined;
  }
}

function defaultPortOf(hostname: string): number {
  return isLoopbackHost(hostname) ? 80 : 443;
}

/** Splits and normalises `host[:port]`; `wildcard` allows (and keeps) a leading `*.` label. */
function parseHostParts(raw: string, wildcard: boolean): HostParts | HostProblem {
  const text = raw.trim().toLowerCase();
  if (text === '' || text.length > MAX_HOST_LENGTH) return 'host';
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) return 'scheme';
  if (text.includes('@')) return 'userinfo';
  if (/[/?#\\]/.test(text)) return 'path';
  const match = /^(\[[^\]]*\]|[^:[\]]*)(?::(\d*))?$/.exec(text);
  if (match === null) return 'host';
  const [, rawHostname = '', rawPort] = match;
  let port: number | undefined;
  if (rawPort !== undefined) {
    if (!/^\d{1,5}$/.test(rawPort) || Number(rawPort) < 1 || Number(rawPort) > 65535) return 'port';
    port = Number(rawPort);
  }
  let hostname = rawHostname.endsWith('.') ? rawHostname.slice(0, -1) : rawHostname;
  let kind: HostKind;
  if (hostname.startsWith('[')) {
    const canonical = canonicalIpv6(hostname);
    if (canonical === undefined) return 'host';
    hostname = canonical;
    kind = 'ipv6';
  } else if (/^[\d.]+$/.test(hostname)) {
    if (!isIpv4(hostname)) return 'host';
    kind = 'ipv4';
  } else {
    kind = 'dns';
    const rest = hostname.startsWith('*.') && wildcard ? hostname.slice(2) : hostname;
    if (rest.includes('*')) return 'wildcard-position';
    if (!isDnsName(rest)) return 'host';
  }
  if (port === defaultPortOf(hostname)) port = undefined;
  return { hostname, port, kind };
}

const withPort = (hostname: string, port: number | undefined): string =>
  port === undefined ? hostname : `${hostname}:${port}`;

/** One BITRIX24_PORTAL_HOSTS entry, or why it is refused. */
export function parsePortalHostPattern(raw: string): PortalHostPattern | HostProblem {
  const parts = parseHostParts(raw, true);
  if (typeof parts === 'string') return parts;
  const { hostname, port } = parts;
  if (!hostname.startsWith('*.')) return { text: withPort(hostname, port), wildcard: false, hostname, port };
  const rest = hostname.slice(2);
  // `*.com` would admit every .com host; ask for at least the provider's own domain.
  if (rest.split('.').length < 2) return 'wildcard-too-broad';
  return { text: withPort(hostname, port), wildcard: true, hostname: rest, port };
}

function portalOf(parts: HostParts): PortalHost | HostProblem {
  const host = withPort(parts.hostname, parts.port);
  const scheme = isLoopbackHost(parts.hostname) ? 'http' : 'https';
  const origin = `${scheme}://${host}`;
  // Defence in depth: the origin must name exactly the host that was checked.
  try {
    if (new URL(origin).host !== host) return 'host';
  } catch {
    return 'host';
  }
  return { host, origin };
}

/** A request's portal host (the X-Bitrix24-Domain header), normalised, or why it is malformed. */
export function parsePortalHost(raw: string): PortalHost | HostProblem {
  const parts = parseHostParts(raw, false);
  return typeof parts === 'string' ? parts : portalOf(parts);
}

function matches(pattern: PortalHostPattern, parts: HostParts): boolean {
  if (pattern.port !== parts.port) return false;
  if (!pattern.wildcard) return pattern.hostname === parts.hostname;
  if (parts.kind !== 'dns') return false;
  const suffix = `.${pattern.hostname}`;
  if (!parts.hostname.endsWith(suffix)) return false;
  const label = parts.hostname.slice(0, -suffix.length);
  return DNS_LABEL.test(label);
}

export type PortalHostMatch =
  | { readonly kind: 'allowed'; readonly portal: PortalHost }
  | { readonly kind: 'malformed'; readonly problem: HostProblem }
  | { readonly kind: 'not-allowed'; readonly host: string };

/** Whether a request may use the portal `raw` names. */
export function matchPortalHost(patterns: readonly PortalHostPattern[], raw: string): PortalHostMatch {
  const parts = parseHostParts(raw, false);
  if (typeof parts === 'string') return { kind: 'malformed', problem: parts };
  const portal = portalOf(parts);
  if (typeof portal === 'string') return { kind: 'malformed', problem: portal };
  if (!patterns.some((pattern) => matches(pattern, parts))) return { kind: 'not-allowed', host: portal.host };
  return { kind: 'allowed', portal };
}

/**
 * Whether a portal's 30x may take a call (and the user's token in its body) to `targetOrigin`
 * (`scheme://host[:port]`), in multi-portal mode: the target must be a portal a request could name
 * itself, by the same matcher, reached by the same origin the facade would use for it (https; plain
 * http only for a loopback host, and then only one listed exactly, never through a wildcard).
 */
export function isAllowedRedirectTarget(
  patterns: readonly PortalHostPattern[],
  targetOrigin: string,
): boolean {
  let url: URL;
  try {
    url = new URL(targetOrigin);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '') return false;
  const parts = parseHostParts(url.host, false);
  if (typeof parts === 'string') return false;
  const portal = portalOf(parts);
  // `https://127.0.0.1` would be matched as port 80 but connected to on 443: refuse any mismatch.
  if (typeof portal === 'string' || portal.origin !== url.origin) return false;
  const exactOnly = url.protocol === 'http:';
  return patterns.some((pattern) => (!exactOnly || !pattern.wildcard) && matches(pattern, parts));
}

const PATTERN_PROBLEMS: Record<HostProblem, string> = {
  scheme: 'must be a host without a scheme (acme.bitrix24.com, not https://acme.bitrix24.com)',
  userinfo: 'must not contain a user name or password',
  path: 'must be a host without a path, query or fragment',
  port: 'has a port outside 1-65535',
  host: 'is not a host name, IPv4 address or [IPv6] address',
  'wildcard-position': 'may use * only as its whole first label (*.bitrix24.com)',
  'wildcard-too-broad': 'needs at least two labels after *. (*.bitrix24.com, not *.com)',
};

/**
 * BITRIX24_PORTAL_HOSTS: comma-separated patterns. One problem line per bad entry, naming the
 * entry by position (the rule for every variable: name it, never echo its value).
 */
export function readPortalHostPatterns(
  name: string,
  raw: string,
  problems: ProblemList,
): PortalHostPattern[] {
  const patterns: PortalHostPattern[] = [];
  raw.split(',').forEach((entry, index) => {
    if (entry.trim() === '') return;
    const parsed = parsePortalHostPattern(entry);
    if (typeof parsed === 'string') {
      problems.add(`${name} entry ${index + 1} ${PATTERN_PROBLEMS[parsed]}`);
      return;
    }
    if (!patterns.some((known) => known.text === parsed.text)) patterns.push(parsed);
  });
  if (patterns.length === 0 && problems.lines.every((line) => !line.startsWith(name))) {
    problems.add(`${name} is set but holds no host`);
  }
  return patterns;
}
