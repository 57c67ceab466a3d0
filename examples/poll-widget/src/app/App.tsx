/** Sign-in gate, then one chat. Signing in as another user makes a new client (and cache). */
import { useMemo, useState } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from './apollo-client';
import { facadeUrl } from './facade-url';
import { loadToken, saveToken } from '../auth/session';
import { SignIn } from '../auth/SignIn';
import { WhoAmI } from '../auth/WhoAmI';
import { ChatPicker } from '../chat/ChatPicker';
import { ChatView } from '../chat/ChatView';

export function App() {
  const [token, setToken] = useState(loadToken);
  const [dialogId, setDialogId] = useState('chat1');
  const client = useMemo(() => (token === null ? null : createApolloClient(facadeUrl(), token)), [token]);

  function signIn(next: string | null) {
    saveToken(next);
    setToken(next);
  }

  return (
    <main>
      <h1>Polls</h1>
      {client === null ? (
        <SignIn onSignIn={signIn} />
      ) : (
        <ApolloProvider client={client}>
          <WhoAmI onSignOut={() => signIn(null)} />
          <ChatPicker dialogId={dialogId} onChange={setDialogId} />
          {/* key: a new chat starts with a fresh list and form */}
          <ChatView key={dialogId} dialogId={dialogId} />
        </ApolloProvider>
      )}
    </main>
  );
}
