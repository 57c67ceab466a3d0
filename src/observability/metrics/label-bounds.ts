/**
 * prom-client keeps every label combination it is given forever. Our label values come from
 * bounded sets (method names, error codes, reasons, hosts), but a portal could answer with codes
 * we have never seen: past a fixed number of distinct values per label, new ones are folded into
 * `other`, so a surprising answer can never grow memory without limit.
 */
const MAX_VALUES_PER_LABEL = 200;
export const OVERFLOW_LABEL = 'other';

export class LabelBound {
  private readonly seen = new Set<string>();

  constructor(private readonly max: number = MAX_VALUES_PER_LABEL) {}

  of(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.max) return OVERFLOW_LABEL;
    this.seen.add(value);
    return value;
  }
}
