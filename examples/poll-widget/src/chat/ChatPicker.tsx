/**
 * Which chat the widget shows. A dialog id as the facade takes it: `chat1` (a Bitrix24 group chat)
 * or `tg:chat:1` (a Telegram group, through the caller's linked Telegram account). A widget placed in a chat gets it from
 * its host page instead.
 */
import { useId, useState, type FormEvent } from 'react';

export function ChatPicker({
  dialogId,
  onChange,
}: {
  dialogId: string;
  onChange: (dialogId: string) => void;
}) {
  const [value, setValue] = useState(dialogId);
  const id = useId();
  function submit(event: FormEvent) {
    event.preventDefault();
    if (value.trim() !== '') onChange(value.trim());
  }
  return (
    <form className="chat-picker" onSubmit={submit}>
      <label htmlFor={id}>Chat</label>
      <input
        id={id}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-describedby={`${id}-hint`}
        required
      />
      <button type="submit">Open chat</button>
      <span id={`${id}-hint`} className="hint">
        A dialog id: chat1 (Bitrix24) or tg:chat:1 (Telegram)
      </span>
    </form>
  );
}
