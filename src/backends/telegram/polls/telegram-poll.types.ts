/** Plain domain objects the Telegram poll client returns (no TL classes leak out). */
import type { TelegramPeer } from './peer-address.js';

export interface TelegramPollRef {
  peer: TelegramPeer;
  msgId: number;
}

export interface TelegramPollAnswer {
  /** The answer's option bytes as base64url (option-id.ts). */
  optionId: string;
  text: string;
  /** null when Telegram did not send counts (results hidden from this caller). */
  voters: number | null;
  chosen: boolean;
  /** null until Telegram reveals the quiz's correct answers to this caller. */
  correct: boolean | null;
}

export interface TelegramPoll {
  pollId: string;
  /** `tg:chat:1` etc. */
  dialogId: string;
  msgId: number;
  question: string;
  answers: TelegramPollAnswer[];
  totalVoters: number;
  multipleChoice: boolean;
  publicVoters: boolean;
  revotingDisabled: boolean;
  quiz: boolean;
  /** The caller created the poll (Telegram's per-viewer `creator` flag). */
  creator: boolean;
  closed: boolean;
  closeDate: Date | null;
  closePeriod: number | null;
  solution: string | null;
}

export interface NewTelegramPoll {
  question: string;
  /** Answer texts; option bytes are given by the client (`options`) or default to the index. */
  answers: Array<{ text: string; option?: Buffer }>;
  multipleChoice?: boolean;
  publicVoters?: boolean;
  revotingDisabled?: boolean;
  quiz?: { correctAnswers: number[]; solution?: string };
  closePeriod?: number;
  closeDate?: Date;
}

export interface TelegramVoterPage {
  count: number;
  /** `name`: the voter's first and last name, when Telegram sent the user with the page. */
  voters: Array<{ userId: string; optionIds: string[]; date: Date; name?: string }>;
  nextOffset: string | null;
}
