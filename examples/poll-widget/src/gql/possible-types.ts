
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "AddBotToChatResult": [
      "AddBotToChatSuccess",
      "BotNotFound",
      "ChatNotFound",
      "ValidationFailed"
    ],
    "BotMessageContextResult": [
      "BotMessageContext",
      "BotNotFound",
      "BotTypeNotAllowed",
      "MessageNotFound",
      "PermissionDenied",
      "ValidationFailed"
    ],
    "BotMessageResult": [
      "BotMessage",
      "BotNotFound",
      "BotTypeNotAllowed",
      "MessageNotFound",
      "PermissionDenied",
      "ValidationFailed"
    ],
    "BotReactionResult": [
      "BotNotFound",
      "BotNotInChat",
      "BotReactionSuccess",
      "PermissionDenied",
      "ReactionAlreadySet",
      "ValidationFailed"
    ],
    "CastBallotResult": [
      "AlreadyVoted",
      "CastBallotSuccess",
      "NotSupported",
      "PermissionDenied",
      "PollClosed",
      "PollNotFound",
      "RevoteNotAllowed",
      "ValidationFailed"
    ],
    "ConnectorMessageResult": [
      "ConnectorMessageDelivered",
      "ConnectorMessageFailed"
    ],
    "ConnectorSetupResult": [
      "ConnectorNotActive",
      "ConnectorSetupSuccess",
      "ValidationFailed"
    ],
    "DeleteBotMessageResult": [
      "BotNotFound",
      "DeleteBotMessageSuccess",
      "PermissionDenied",
      "ValidationFailed"
    ],
    "MarkBotMessagesReadResult": [
      "BotNotFound",
      "BotNotInChat",
      "MarkBotMessagesReadSuccess",
      "MessageNotFound",
      "PermissionDenied",
      "ValidationFailed"
    ],
    "Node": [
      "Answer",
      "Bot",
      "BotMessage",
      "Chat",
      "Poll",
      "Question",
      "RecentChat",
      "User"
    ],
    "RecallBallotResult": [
      "NotSupported",
      "PermissionDenied",
      "PollClosed",
      "PollNotFound",
      "RecallBallotSuccess",
      "RevoteNotAllowed",
      "ValidationFailed"
    ],
    "RegisterBotResult": [
      "AlreadyExists",
      "LimitExceeded",
      "RegisterBotSuccess",
      "ValidationFailed"
    ],
    "ResumePollResult": [
      "NotSupported",
      "PermissionDenied",
      "PollNotFound",
      "ResumePollSuccess",
      "ValidationFailed"
    ],
    "SendBotMessageResult": [
      "BotNotFound",
      "BotNotInChat",
      "PermissionDenied",
      "SendBotMessageSuccess",
      "ValidationFailed"
    ],
    "SendConnectorMessagesResult": [
      "ConnectorNotActive",
      "SendConnectorMessagesSuccess",
      "ValidationFailed"
    ],
    "SendPollResult": [
      "ChatNotFound",
      "NotSupported",
      "PermissionDenied",
      "SendPollCreated",
      "SendPollSuccess",
      "ValidationFailed"
    ],
    "StopPollResult": [
      "NotSupported",
      "PermissionDenied",
      "PollNotFound",
      "StopPollSuccess",
      "ValidationFailed"
    ],
    "UpdateBotMessageResult": [
      "BotNotFound",
      "MessageNotFound",
      "PermissionDenied",
      "SystemMessageNotEditable",
      "UpdateBotMessageSuccess",
      "ValidationFailed"
    ],
    "UserError": [
      "AlreadyExists",
      "AlreadyVoted",
      "BotNotFound",
      "BotNotInChat",
      "BotTypeNotAllowed",
      "ChatNotFound",
      "ConnectorNotActive",
      "LimitExceeded",
      "MessageNotFound",
      "NotFound",
      "NotSupported",
      "PermissionDenied",
      "PollClosed",
      "PollNotFound",
      "ReactionAlreadySet",
      "RevoteNotAllowed",
      "SystemMessageNotEditable",
      "ValidationFailed",
      "VoteRejected"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "AddBotToChatResult": [
      "AddBotToChatSuccess",
      "BotNotFound",
      "ChatNotFound",
      "ValidationFailed"
    ],
    "BotMessageContextResult": [
      "BotMessageContext",
      "BotNotFound",
      "BotTypeNotAllowed",
      "MessageNotFound",
      "PermissionDenied",
      "ValidationFailed"
    ],
    "BotMessageResult": [
      "BotMessage",
      "BotNotFound",
      "BotTypeNotAllowed",
      "MessageNotFound",
      "PermissionDenied",
      "ValidationFailed"
    ],
    "BotReactionResult": [
      "BotNotFound",
      "BotNotInChat",
      "BotReactionSuccess",
      "PermissionDenied",
      "ReactionAlreadySet",
      "ValidationFailed"
    ],
    "CastBallotResult": [
      "AlreadyVoted",
      "CastBallotSuccess",
      "NotSupported",
      "PermissionDenied",
      "PollClosed",
      "PollNotFound",
      "RevoteNotAllowed",
      "ValidationFailed"
    ],
    "ConnectorMessageResult": [
      "ConnectorMessageDelivered",
      "ConnectorMessageFailed"
    ],
    "ConnectorSetupResult": [
      "ConnectorNotActive",
      "ConnectorSetupSuccess",
      "ValidationFailed"
    ],
    "DeleteBotMessageResult": [
      "BotNotFound",
      "DeleteBotMessageSuccess",
      "PermissionDenied",
      "ValidationFailed"
    ],
    "MarkBotMessagesReadResult": [
      "BotNotFound",
      "BotNotInChat",
      "MarkBotMessagesReadSuccess",
      "MessageNotFound",
      "PermissionDenied",
      "ValidationFailed"
    ],
    "Node": [
      "Answer",
      "Bot",
      "BotMessage",
      "Chat",
      "Poll",
      "Question",
      "RecentChat",
      "User"
    ],
    "RecallBallotResult": [
      "NotSupported",
      "PermissionDenied",
      "PollClosed",
      "PollNotFound",
      "RecallBallotSuccess",
      "RevoteNotAllowed",
      "ValidationFailed"
    ],
    "RegisterBotResult": [
      "AlreadyExists",
      "LimitExceeded",
      "RegisterBotSuccess",
      "ValidationFailed"
    ],
    "ResumePollResult": [
      "NotSupported",
      "PermissionDenied",
      "PollNotFound",
      "ResumePollSuccess",
      "ValidationFailed"
    ],
    "SendBotMessageResult": [
      "BotNotFound",
      "BotNotInChat",
      "PermissionDenied",
      "SendBotMessageSuccess",
      "ValidationFailed"
    ],
    "SendConnectorMessagesResult": [
      "ConnectorNotActive",
      "SendConnectorMessagesSuccess",
      "ValidationFailed"
    ],
    "SendPollResult": [
      "ChatNotFound",
      "NotSupported",
      "PermissionDenied",
      "SendPollCreated",
      "SendPollSuccess",
      "ValidationFailed"
    ],
    "StopPollResult": [
      "NotSupported",
      "PermissionDenied",
      "PollNotFound",
      "StopPollSuccess",
      "ValidationFailed"
    ],
    "UpdateBotMessageResult": [
      "BotNotFound",
      "MessageNotFound",
      "PermissionDenied",
      "SystemMessageNotEditable",
      "UpdateBotMessageSuccess",
      "ValidationFailed"
    ],
    "UserError": [
      "AlreadyExists",
      "AlreadyVoted",
      "BotNotFound",
      "BotNotInChat",
      "BotTypeNotAllowed",
      "ChatNotFound",
      "ConnectorNotActive",
      "LimitExceeded",
      "MessageNotFound",
      "NotFound",
      "NotSupported",
      "PermissionDenied",
      "PollClosed",
      "PollNotFound",
      "ReactionAlreadySet",
      "RevoteNotAllowed",
      "SystemMessageNotEditable",
      "ValidationFailed",
      "VoteRejected"
    ]
  }
};
      export default result;
    