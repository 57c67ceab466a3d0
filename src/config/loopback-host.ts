/**
 * The one answer to "does this host name stay on this machine?", which decides where plain http
 * is acceptable (a webhook URL carries its secret in the path) and which scheme a listed portal
 * host gets. Loopback means: `localhost`, `::1` (with or without brackets), or 127.0.0.0/8.
 *
 * Names *under* localhost (`app.localhost`) are not loopback here: Node resolves them through the
 * system resolver, which may forward them to a DNS server and get a public address back, so plain
 * http to them could leave the machine. (Two copies of this rule used to disagree on that.)
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host === '::1') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
