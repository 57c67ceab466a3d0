/**
 * The `.xml` response format (general-principles.md "Request Result": add `.xml` to the method
 * name to get the same answer as XML, e.g. `batch.xml` → `<response><result><result><get_user>…`).
 * The docs show only the wrapping and string keys; like the portal's PHP serializer, a numeric key
 * (a list position) becomes `<item>`, and scalars are printed as PHP casts them to strings
 * (true → "1", false and null → "").
 */
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function scalarText(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  if (value === true) return '1';
  return escapeXml(String(value));
}

/** A key that is not a valid XML name (a number, or one with odd characters) becomes `item`. */
function tagName(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key) ? key : 'item';
}

function toXml(value: unknown): string {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value as Record<string, unknown>);
    return entries.map(([k, v]) => `<${tagName(k)}>${toXml(v)}</${tagName(k)}>`).join('');
  }
  return scalarText(value);
}

export function xmlDocument(body: unknown): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<response>${toXml(body)}</response>`;
}
