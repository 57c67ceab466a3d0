/**
 * The polls shown for a chat, newest first: the ones sent from here and the ones opened by message
 * id. (When the facade's `Chat.polls` connection is available this list comes from it.)
 */
import { useId, useState, type FormEvent } from 'react';
import type { PollRef } from '../gql/graphql';
import { PollCard } from '../polls/PollCard';

export interface ShownPoll {
  key: string;
  ref: PollRef;
  label: string;
}

export function ChatPolls({
  polls,
  onOpen,
}: {
  polls: readonly ShownPoll[];
  onOpen: (poll: ShownPoll) => void;
}) {
  const [messageId, setMessageId] = useState('');
  const id = useId();
  function open(event: FormEvent) {
    event.preventDefault();
    const n = Number(messageId);
    if (!Number.isInteger(n) || n <= 0) return;
    onOpen({ key: `m${n}`, ref: { messageId: n }, label: `Poll in message ${n}` });
    setMessageId('');
  }
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Polls</h2>
      <form className="open-poll" onSubmit={open}>
        <label htmlFor={id}>Open a poll by message id</label>
        <input
          id={id}
          inputMode="numeric"
          pattern="[0-9]+"
          value={messageId}
          onChange={(e) => setMessageId(e.target.value)}
          required
        />
        <button type="submit">Open poll</button>
      </form>
      {polls.length === 0 ? (
        <p className="hint">No polls shown yet.</p>
      ) : (
        polls.map((poll) => <PollCard key={poll.key} pollRef={poll.ref} label={poll.label} />)
      )}
    </section>
  );
}
