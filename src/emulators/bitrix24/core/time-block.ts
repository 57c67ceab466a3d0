/** The `time` block of every success envelope (docs/bitrix24-contract.md §2.1), full form. */
import { isoWithOffset, unixSeconds } from './dates.js';
import type { OperatingSnapshot } from './operating-budget.js';

export interface TimeBlock {
  start: number;
  finish: number;
  duration: number;
  processing: number;
  date_start: string;
  date_finish: string;
  operating_reset_at: number;
  operating: number;
}

export function makeTimeBlock(startMs: number, finishMs: number, operating: OperatingSnapshot): TimeBlock {
  const seconds = unixSeconds(finishMs - startMs);
  return {
    start: unixSeconds(startMs),
    finish: unixSeconds(finishMs),
    duration: seconds,
    processing: seconds,
    date_start: isoWithOffset(new Date(startMs)),
    date_finish: isoWithOffset(new Date(finishMs)),
    operating_reset_at: operating.resetAt,
    operating: operating.operating,
  };
}
