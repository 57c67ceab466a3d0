/** The emulator's call log (`GET /_emulator/calls`): one entry per executed method call. */

export interface CallLogEntry {
  seq: number;
  /** canonical method name, or the name as sent when the method is unknown */
  method: string;
  /** the acting portal user; null when authentication failed */
  userId: number | null;
  credential: 'webhook' | 'oauth' | null;
  batched: boolean;
  at: string; // ISO 8601
  status: number;
  errorCode?: string;
}

export class CallLog {
  private entries: CallLogEntry[] = [];
  private seq = 0;
  /** HTTP requests received on /rest/ and /oauth/ (not /_emulator/), for benchmarks. */
  httpRequests = 0;

  add(entry: Omit<CallLogEntry, 'seq' | 'at'>): CallLogEntry {
    const full: CallLogEntry = { seq: ++this.seq, at: new Date().toISOString(), ...entry };
    if (full.errorCode === undefined) delete full.errorCode;
    this.entries.push(full);
    return full;
  }

  list(): CallLogEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }

  clear(): void {
    this.entries = [];
    this.httpRequests = 0;
  }
}
