/**
 * BITRIX24_APP_TOKEN_FILE: the token pair in one JSON file, for a single server process that
 * restarts. Writes go to a temporary file in the same directory (mode 0600) that is then renamed
 * over the old one, so a crash mid-write leaves either the old pair or the new one, never half.
 * Not for several replicas: they would each refresh with the same refresh token (use REDIS_URL).
 */
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { checkAppTokenFile } from '../../../config/app-token-file.js';
import { parseStoredAppToken, type AppTokenStore, type StoredAppToken } from './app-token-store.js';

export { checkAppTokenFile } from '../../../config/app-token-file.js';

const VARIABLE = 'BITRIX24_APP_TOKEN_FILE';

export class FileAppTokenStore implements AppTokenStore {
  readonly location: string;

  /** Throws with the line of `checkAppTokenFile` when the path is not usable. */
  constructor(private readonly path: string) {
    const problem = checkAppTokenFile(path);
    if (problem !== undefined) throw new Error(problem);
    this.location = `file ${path}`;
  }

  async load(): Promise<StoredAppToken | undefined> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
    const parsed = parseStoredAppToken(text);
    if (!parsed.ok)
      throw new Error(`${VARIABLE} ${this.path} is not a stored application token (${parsed.reason})`);
    return parsed.token;
  }

  async save(token: StoredAppToken): Promise<void> {
    const temp = `${this.path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    // 'wx': never follow or reuse an existing file; 0600 before the first byte is written.
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(token)}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(temp, this.path);
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      throw e;
    }
  }
}
