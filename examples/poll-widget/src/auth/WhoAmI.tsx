/** Who the facade says the caller is, and a way out. */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

const WhoAmIQuery = graphql(`
  query WidgetWhoAmI {
    viewer {
      mode
      user {
        id
        userId
        name
      }
    }
  }
`);

export function WhoAmI({ onSignOut }: { onSignOut: () => void }) {
  const { data } = useQuery(WhoAmIQuery);
  const user = data?.viewer.user;
  return (
    <p className="who">
      {user ? `Signed in as ${user.name} (user ${user.userId})` : 'Signed in'}
      <button type="button" onClick={onSignOut}>
        Sign out
      </button>
    </p>
  );
}
