/** One batch command string, `"method?query"`, decoded with PHP parse_str semantics. */
import { parsePhpQuery } from '../core/php-query.js';
import type { Params } from '../core/method.js';
import { stripFormatSuffix } from '../core/method-name.js';

export interface BatchCommand {
  key: string;
  method: string;
  params: Params;
}

export function parseBatchCommand(key: string, command: string): BatchCommand {
  const q = command.indexOf('?');
  const rawMethod = (q < 0 ? command : command.slice(0, q)).trim();
  return {
    key,
    method: stripFormatSuffix(rawMethod).name,
    params: parsePhpQuery(q < 0 ? '' : command.slice(q + 1)),
  };
}
