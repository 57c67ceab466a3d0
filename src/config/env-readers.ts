/**
 * Small readers that turn one environment variable into a typed value, or record one clear
 * problem line. They never put the raw value into a message: some variables hold secrets, and a
 * uniform rule ("name the variable, not its value") is easier to keep than a per-variable one.
 */
export type Env = Readonly<Record<string, string | undefined>>;

export class ProblemList {
  readonly lines: string[] = [];
  add(line: string): void {
    this.lines.push(line);
  }
}

/** The variable's value with surrounding blanks removed; `undefined` when unset or blank. */
export function readString(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined) return undefined;
  const trimmed = raw.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function readInteger(
  env: Env,
  name: string,
  fallback: number,
  range: { min: number; max: number },
  problems: ProblemList,
): number {
  const raw = readString(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) {
    problems.add(`${name} must be a whole number between ${range.min} and ${range.max}`);
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < range.min || value > range.max) {
    problems.add(`${name} must be a whole number between ${range.min} and ${range.max}`);
    return fallback;
  }
  return value;
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'off']);

export function readBoolean(env: Env, name: string, fallback: boolean, problems: ProblemList): boolean {
  const raw = readString(env, name);
  if (raw === undefined) return fallback;
  const word = raw.toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  problems.add(`${name} must be true or false`);
  return fallback;
}

export function readChoice<T extends string>(
  env: Env,
  name: string,
  choices: readonly T[],
  fallback: T,
  problems: ProblemList,
): T {
  const raw = readString(env, name);
  if (raw === undefined) return fallback;
  const word = raw.toLowerCase();
  const match = choices.find((choice) => choice === word);
  if (match === undefined) {
    problems.add(`${name} must be one of: ${choices.join(', ')}`);
    return fallback;
  }
  return match;
}
