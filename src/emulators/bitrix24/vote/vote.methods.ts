import type { MethodDefinition } from '../core/method.js';
import {
  attachedVoteGet,
  attachedVoteGetAnswerVoted,
  attachedVoteGetMany,
  attachedVoteGetWithVoted,
} from './attached-read.methods.js';
import { attachedVoteRecall, attachedVoteVote } from './ballot.methods.js';
import { attachedVoteDownload } from './download.method.js';
import { voteIntegrationImSend } from './im-send.method.js';
import { attachedVoteResume, attachedVoteStop } from './lifecycle.methods.js';

export const voteMethods: MethodDefinition[] = [
  voteIntegrationImSend,
  attachedVoteGet,
  attachedVoteGetMany,
  attachedVoteGetWithVoted,
  attachedVoteGetAnswerVoted,
  attachedVoteVote,
  attachedVoteRecall,
  attachedVoteStop,
  attachedVoteResume,
  attachedVoteDownload,
];
