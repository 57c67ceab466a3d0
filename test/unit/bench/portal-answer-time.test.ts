/** The sustained bench's "batch answer ms" column, from two /metrics readings (pure parsing). */
import { batchDurationTotals, meanAnswerMs } from '../../../bench/portal-answer-time.js';

const exposition = (sum: number, count: number) => `# HELP b24facade_portal_request_duration_seconds Duration
# TYPE b24facade_portal_request_duration_seconds histogram
b24facade_portal_request_duration_seconds_bucket{le="0.5",method="batch"} ${count}
b24facade_portal_request_duration_seconds_sum{method="batch"} ${sum}
b24facade_portal_request_duration_seconds_count{method="batch"} ${count}
b24facade_portal_request_duration_seconds_sum{method="imbot.v2.Chat.Message.send"} 99
b24facade_portal_request_duration_seconds_count{method="imbot.v2.Chat.Message.send"} 7
b24facade_portal_requests_total{method="batch"} ${count}
`;

describe('sustained bench: batch answer time', () => {
  it('reads only the batch series of the duration histogram', () => {
    expect(batchDurationTotals(exposition(1.5, 3))).toEqual({ sumSeconds: 1.5, count: 3 });
    expect(batchDurationTotals('')).toEqual({ sumSeconds: 0, count: 0 });
  });

  it('is the mean over the window, summed over facades', () => {
    const before = [batchDurationTotals(exposition(1, 10)), batchDurationTotals(exposition(0, 0))];
    const after = [batchDurationTotals(exposition(31, 70)), batchDurationTotals(exposition(30, 60))];
    // (30 + 30) s over (60 + 60) requests
    expect(meanAnswerMs(before, after)).toBe('500');
    expect(meanAnswerMs(after, after)).toBe('');
  });
});
