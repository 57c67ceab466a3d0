/** The chat's name, or why it cannot be shown. */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { describeRequestError } from '../errors/describe-error';
import { ProblemNotice } from '../errors/ProblemNotice';

const ChatHeaderQuery = graphql(`
  query WidgetChatHeader($dialogId: String!) {
    chat(dialogId: $dialogId) {
      id
      dialogId
      name
      memberCount
      canPost
    }
  }
`);

export function ChatHeader({ dialogId }: { dialogId: string }) {
  const { data, error, loading } = useQuery(ChatHeaderQuery, { variables: { dialogId } });
  if (loading) return <h2 aria-busy="true">{dialogId}</h2>;
  if (error) return <ProblemNotice problem={describeRequestError(error)} />;
  if (!data?.chat) {
    return (
      <ProblemNotice problem={{ title: `There is no chat ${dialogId}, or you are not a member of it.` }} />
    );
  }
  return (
    <h2>
      {data.chat.name} <span className="hint">({data.chat.memberCount} members)</span>
    </h2>
  );
}
