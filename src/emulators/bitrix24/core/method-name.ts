/**
 * Method names as they appear in URLs: `method`, `method.json` and `method/` are the same method
 * (docs/bitrix24-contract.md §1.1). `.xml` asks for the same answer serialized as XML (general-principles.md).
 */
export interface MethodName {
  name: string;
  xml: boolean;
}

export function stripFormatSuffix(raw: string): MethodName {
  let name = raw.replace(/\/+$/, '');
  if (/\.json$/i.test(name)) name = name.slice(0, -5);
  if (/\.xml$/i.test(name)) return { name: name.slice(0, -4), xml: true };
  return { name, xml: false };
}
