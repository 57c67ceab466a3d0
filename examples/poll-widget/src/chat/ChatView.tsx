/** One chat: its header, a form to send a poll, and its polls. */
import { useState } from 'react';
import type { PollRef } from '../gql/graphql';
import { ChatHeader } from './ChatHeader';
import { ChatPolls, type ShownPoll } from './ChatPolls';
import { CreatePoll } from '../polls/CreatePoll';

export function ChatView({ dialogId }: { dialogId: string }) {
  const [polls, setPolls] = useState<ShownPoll[]>([]);
  const show = (poll: ShownPoll) => setPolls((shown) => [poll, ...shown.filter((p) => p.key !== poll.key)]);
  const created = (ref: PollRef) => show({ key: ref.id ?? `m${ref.messageId}`, ref, label: 'Your new poll' });
  return (
    <>
      <ChatHeader dialogId={dialogId} />
      <CreatePoll dialogId={dialogId} onCreated={created} />
      <ChatPolls polls={polls} onOpen={show} />
    </>
  );
}
