/** One chat: its header, a form to send a poll, and its polls. */
import { ChatHeader } from './ChatHeader';
import { ChatPolls } from './ChatPolls';
import { CreatePoll } from '../polls/CreatePoll';

export function ChatView({ dialogId }: { dialogId: string }) {
  return (
    <>
      <ChatHeader dialogId={dialogId} />
      <CreatePoll dialogId={dialogId} />
      <ChatPolls dialogId={dialogId} />
    </>
  );
}
