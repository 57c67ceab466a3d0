/** One chat: its header, a form to send a poll, and its polls. */
import { useState } from 'react';
import { ChatHeader } from './ChatHeader';
import { ChatPolls } from './ChatPolls';
import { CreatePoll } from '../polls/CreatePoll';

export function ChatView({ dialogId }: { dialogId: string }) {
  // The polls sent from this page: where the facade cannot list a chat's polls (a Telegram chat on
  // a facade without Telegram chat listing), these are the polls the widget can still show.
  const [sentIds, setSentIds] = useState<string[]>([]);
  return (
    <>
      <ChatHeader dialogId={dialogId} />
      <CreatePoll dialogId={dialogId} onSent={(id) => setSentIds((ids) => [id, ...ids])} />
      <ChatPolls dialogId={dialogId} sentIds={sentIds} />
    </>
  );
}
