/** One entry per RPC the server received (service messages such as pings and acks are not calls). */
export interface CallEntry {
  method: string;
  /** The session's name (`user-2`, `bot`...), never its key. */
  session: string;
  userId: number | null;
  /** The rpc_error message when the call was refused, e.g. `REVOTE_NOT_ALLOWED`. */
  error?: string;
  /** The call ran, then the connection was dropped before its answer (the commitThenDrop fault). */
  dropped?: boolean;
}

export class CallLog {
  private entries: CallEntry[] = [];

  add(entry: CallEntry): void {
    this.entries.push(entry);
  }

  list(): CallEntry[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}
