/**
 * Sign-in for development: the facade's embedded emulator accepts `dev-token-1` ... `dev-token-5`
 * (users 1-5). Against a real portal the app would run the portal's OAuth flow instead and pass the
 * user's access token here.
 */
import { useId, useState, type FormEvent } from 'react';

const DEV_USERS = [1, 2, 3, 4, 5];

export function SignIn({ onSignIn }: { onSignIn: (token: string) => void }) {
  const [user, setUser] = useState('1');
  const [customToken, setCustomToken] = useState('');
  const userId = useId();
  const tokenId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const token = customToken.trim() !== '' ? customToken.trim() : `dev-token-${user}`;
    onSignIn(token);
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby={`${userId}-title`}>
      <h2 id={`${userId}-title`}>Sign in</h2>
      <p className="hint">On the facade&apos;s embedded emulator every user has a public dev token.</p>
      <label htmlFor={userId}>Emulator user</label>
      <select id={userId} value={user} onChange={(e) => setUser(e.target.value)}>
        {DEV_USERS.map((n) => (
          <option key={n} value={String(n)}>
            User {n} (dev-token-{n})
          </option>
        ))}
      </select>
      <label htmlFor={tokenId}>Or an access token</label>
      <input
        id={tokenId}
        type="password"
        autoComplete="off"
        value={customToken}
        onChange={(e) => setCustomToken(e.target.value)}
      />
      <button type="submit">Sign in</button>
    </form>
  );
}
