/** Sign-in gate, then one chat. Signing in as another user makes a new client (cache and socket). */
import { useEffect, useState } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient, type WidgetClient } from './apollo-client';
import { facadeUrl } from './facade-url';
import { loadToken, saveToken } from '../auth/session';
import { SignIn } from '../auth/SignIn';
import { WhoAmI } from '../auth/WhoAmI';
import { ChatPicker } from '../chat/ChatPicker';
import { ChatView } from '../chat/ChatView';

export function App() {
  const [token, setToken] = useState(loadToken);
  const [dialogId, setDialogId] = useState('chat1');
  const [client, setClient] = useState<WidgetClient | null>(null);
  // A client per token, made in an effect so that its socket closes with it: on sign-out, on
  // signing in as someone else, and on StrictMode's trial unmount.
  useEffect(() => {
    if (token === null) return setClient(null);
    const next = createApolloClient(facadeUrl(), token);
    setClient(next);
    return () => next.close();
  }, [token]);

  function signIn(next: string | null) {
    saveToken(next);
    setToken(next);
  }

  return (
    <main>
      <h1>Polls</h1>
      {token === null ? (
        <SignIn onSignIn={signIn} />
      ) : client === null ? (
        <p aria-busy="true">Signing in…</p>
      ) : (
        <ApolloProvider client={client.apollo}>
          <WhoAmI onSignOut={() => signIn(null)} />
          <ChatPicker dialogId={dialogId} onChange={setDialogId} />
          {/* key: a new chat starts with a fresh list and form */}
          <ChatView key={dialogId} dialogId={dialogId} />
        </ApolloProvider>
      )}
    </main>
  );
}
