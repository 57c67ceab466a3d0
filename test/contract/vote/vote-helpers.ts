/** Shared steps of the vote contract tests (HTTP only, against a real emulator). */
import { callRest, devAccessToken, type CallAs, type RunningEmulator } from '../../support/emulator.js';

export const IM_ENTITY_TYPE = 'Bitrix\\Vote\\Attachment\\ImMessageConnector';

export const asUser = (userId: number): CallAs => ({ token: devAccessToken(userId) });

export interface PollOptions {
  chatId?: number;
  answers?: string[];
  fieldType?: 0 | 1;
  anonymity?: 0 | 1;
  options?: 0 | 1;
  templateId?: string | null;
  as?: CallAs;
}

export function pollParams(o: PollOptions = {}): Record<string, unknown> {
  return {
    chatId: o.chatId ?? 1,
    IM_MESSAGE_VOTE_DATA: {
      QUESTIONS: [
        {
          QUESTION: 'How are you?',
          FIELD_TYPE: o.fieldType ?? 0,
          ANSWERS: (o.answers ?? ['Great!', 'The best!', "What's up??"]).map((MESSAGE) => ({ MESSAGE })),
        },
      ],
      ANONYMITY: o.anonymity ?? 0,
      OPTIONS: o.options ?? 0,
    },
    templateId: o.templateId ?? null,
  };
}

export interface CreatedPoll {
  messageId: number;
  voteId: number;
  /** read back through `get` by entity, never assumed equal to voteId */
  attachId: number;
  questionId: string;
  answerIds: string[];
}

/** Creates a poll through the REST API and reads its ids back. */
export async function createPoll(emu: RunningEmulator, o: PollOptions = {}): Promise<CreatedPoll> {
  const as = o.as ?? asUser(1);
  const sent = await callRest(emu, 'vote.Integration.Im.send', pollParams(o), as);
  if (sent.status !== 200) throw new Error(`poll creation failed: ${sent.text}`);
  const { messageId, voteId } = sent.body.result as { messageId: number; voteId: number };
  const read = await callRest(
    emu,
    'vote.AttachedVote.get',
    { moduleId: 'im', entityType: IM_ENTITY_TYPE, entityId: messageId },
    as,
  );
  const attach = read.body.result.attach;
  const [questionId, question] = Object.entries<any>(attach.QUESTIONS)[0]!;
  return { messageId, voteId, attachId: attach.ID, questionId, answerIds: Object.keys(question.ANSWERS) };
}

/** Answers of the poll's single question. */
export function answersOf(attach: any): Record<string, any> {
  return (Object.values<any>(attach.QUESTIONS)[0] as { ANSWERS: Record<string, any> }).ANSWERS;
}
