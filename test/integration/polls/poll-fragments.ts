/** The selections the poll tests ask for (kept in one place so the tests read as behaviour). */
export const POLL_FIELDS = `
  id messageId attachId voteId signedAttachId anonymous revoteAllowed finished totalVotes resultUrl downloadUrl
  questions { id questionId text multipleChoice totalVotes answers { id answerId text votes percent } }
  viewer { canVote canRevote canEdit hasVoted myAnswers { questionId answerIds } }
`;

export const USER_ERROR_FIELDS = `
  __typename
  ... on UserError { code message }
  ... on ValidationFailed { field constraint }
`;

export const SEND_POLL = `
  mutation SendPoll($input: SendPollInput!) {
    sendPoll(input: $input) {
      ${USER_ERROR_FIELDS}
      ... on SendPollSuccess { clientMutationId poll { ${POLL_FIELDS} } }
    }
  }
`;

export const CAST_BALLOT = `
  mutation CastBallot($input: CastBallotInput!) {
    castBallot(input: $input) {
      ${USER_ERROR_FIELDS}
      ... on CastBallotSuccess { poll { ${POLL_FIELDS} } ballot { choices { questionId answerIds } poll { id } } }
    }
  }
`;

export const RECALL_BALLOT = `
  mutation RecallBallot($input: PollActionInput!) {
    recallBallot(input: $input) { ${USER_ERROR_FIELDS} ... on RecallBallotSuccess { poll { ${POLL_FIELDS} } } }
  }
`;

export const STOP_POLL = `
  mutation StopPoll($input: PollActionInput!) {
    stopPoll(input: $input) { ${USER_ERROR_FIELDS} ... on StopPollSuccess { poll { ${POLL_FIELDS} } } }
  }
`;

export const RESUME_POLL = `
  mutation ResumePoll($input: PollActionInput!) {
    resumePoll(input: $input) { ${USER_ERROR_FIELDS} ... on ResumePollSuccess { poll { ${POLL_FIELDS} } } }
  }
`;

export const POLL_QUERY = `
  query Poll($ref: PollRef!) { poll(ref: $ref) { ${POLL_FIELDS} } }
`;

export const POLL_VOTERS = `
  query PollVoters($ref: PollRef!, $first: Int, $after: String) {
    poll(ref: $ref) {
      anonymous
      questions { answers { answerId votes voters(first: $first, after: $after) {
        totalCount hidden
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id userId name avatarUrl workPosition } }
      } } }
    }
  }
`;

export const POLLS_QUERY = `
  query Polls($ids: [Int!]!) { polls(messageIds: $ids) { messageId attachId viewer { hasVoted canVote } } }
`;
