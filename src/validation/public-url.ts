/**
 * URLs the facade hands to the portal (button links, attachment images and files, connector
 * pictures, files and pages, a connector's settings page). The portal fetches or shows them to
 * users, so only http(s) to a public-looking host is accepted: no `javascript:` or `file:` scheme,
 * and no link-local host (169.254.0.0/16, where cloud metadata services answer, or fe80::/10), no
 * unspecified address (0.0.0.0, ::). Pure: a reason, or null when the URL is acceptable.
 */
const LINK_LOCAL_V4 = /^169\.254\.\d{1,3}\.\d{1,3}$/;
const UNSPECIFIED_V4 = /^0(\.0){0,3}$|^0+$/;
const METADATA_HOSTS = new Set(['metadata.google.internal', 'metadata']);

export function publicUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not an absolute URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an http or https URL';
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (LINK_LOCAL_V4.test(host) || /^fe[89ab][0-9a-f]:/.test(host) || METADATA_HOSTS.has(host)) {
    return 'must not point at a link-local or metadata address';
  }
  if (UNSPECIFIED_V4.test(host) || host === '::') return 'must not point at an unspecified address';
  return null;
}

/** `#rgb`, `#rrggbb` or `#rrggbbaa`: the colour form the portal documents for buttons. */
export const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;
