/**
 * Not a test: what the anonymous introspection alias bomb (7,400 aliased `__schema { types ... }`
 * in a ~1 MB body, no Authorization) does to a facade process. Prints the HTTP status, the answer's
 * size and the process's resident memory (from its own /metrics) before and after.
 *
 *   npm run build && node dist/bench/introspection-bomb.js     (ALIASES=1000 for a smaller bomb)
 */
import { startFacadeProcess } from './facade-process.js';

async function rss(graphqlUrl: string): Promise<number> {
  const text = await (await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'))).text();
  const line = /^b24facade_process_resident_memory_bytes (\d+)/m.exec(text);
  return line ? Number(line[1]) : NaN;
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

const facade = await startFacadeProcess({ NODE_ENV: 'development', LOG_LEVEL: 'silent' });
try {
  const before = await rss(facade.graphqlUrl);
  const selection = '__schema { types { name kind fields { name type { name kind ofType { name } } } } }';
  const query = `{ ${Array.from({ length: Number(process.env.ALIASES ?? 7400) }, (_, i) => `a${i}: ${selection}`).join(' ')} }`;
  const response = await fetch(facade.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const answer = await response.text();
  const after = await rss(facade.graphqlUrl);
  console.log(
    `body ${(query.length / 1024).toFixed(0)} KiB -> HTTP ${response.status}, answer ${answer.length} bytes; ` +
      `RSS before ${mib(before)}, after ${mib(after)}`,
  );
} finally {
  await facade.close();
}
