/**
 * Fields the vote module adds to the shared EmPoll (declaration merging keeps `state.ts` untouched).
 */
declare module '../store/state.js' {
  interface EmPoll {
    /** userId -> answerId -> id of the stored "event answer" row (userAnswerMap `ID`). */
    answerRowIds?: Record<string, Record<string, number>>;
  }
}

export {};
