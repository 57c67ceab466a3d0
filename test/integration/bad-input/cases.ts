/**
 * The bad-input catalogue: inputs that must be refused before any portal call. Each operation has
 * a valid base input; a case changes one thing and names the typed error it expects. A new
 * operation adds its base and its cases here (see README.md in this folder).
 */

export type Expected =
  /** a union member ValidationFailed naming the input field */
  | { validationFailed: string }
  /** the (only) connector message fails alone, naming its field */
  | { messageFailed: string }
  /** a GraphQL error with this code (and reason) */
  | { code: string; reason?: string };

export interface BadInputCase {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  expect: Expected;
}

type Json = Record<string, unknown>;

/** A copy of `base` with the value at a dotted path (`messages.0.user.url`) replaced. */
function withValue(base: Json, path: string, value: unknown): Json {
  const copy = structuredClone(base) as Json;
  const keys = path.split('.');
  let node: any = copy;
  for (const key of keys.slice(0, -1)) node = node[key];
  node[keys[keys.length - 1]!] = value;
  return copy;
}

const RESULT = '__typename ... on ValidationFailed { field constraint }';

interface MutationSpec {
  field: string;
  inputType: string;
  base: Json;
  /** string paths under `input` that reach the portal */
  texts: string[];
  extraSelection?: string;
}

const MUTATIONS: MutationSpec[] = [
  {
    field: 'sendPoll',
    inputType: 'SendPollInput',
    base: { dialogId: 'chat1', question: 'Lunch?', answers: ['Pizza', 'Sushi'], idempotencyKey: 'k-1' },
    texts: ['dialogId', 'question', 'answers.0', 'answers.1', 'idempotencyKey'],
  },
  {
    field: 'castBallot',
    inputType: 'CastBallotInput',
    base: { ref: { signedAttachId: `1.${'a'.repeat(64)}` }, answerIds: [1] },
    texts: ['ref.signedAttachId'],
  },
  {
    field: 'stopPoll',
    inputType: 'PollActionInput',
    base: { ref: { signedAttachId: `1.${'a'.repeat(64)}` } },
    texts: ['ref.signedAttachId'],
  },
  {
    field: 'resumePoll',
    inputType: 'PollActionInput',
    base: { ref: { signedAttachId: `1.${'a'.repeat(64)}` } },
    texts: ['ref.signedAttachId'],
  },
  {
    field: 'recallBallot',
    inputType: 'PollActionInput',
    base: { ref: { signedAttachId: `1.${'a'.repeat(64)}` } },
    texts: ['ref.signedAttachId'],
  },
  {
    field: 'registerBot',
    inputType: 'RegisterBotInput',
    base: { code: 'catalogue', name: 'Catalogue', lastName: 'Bot', workPosition: 'Tester' },
    texts: ['code', 'name', 'lastName', 'workPosition'],
  },
  {
    field: 'sendBotMessage',
    inputType: 'SendBotMessageInput',
    base: {
      botId: 1,
      dialogId: 'chat1',
      text: 'Hello',
      idempotencyKey: 'k-2',
      keyboard: [{ buttons: [{ text: 'Open', link: 'https://example.com/' }] }],
    },
    texts: ['dialogId', 'text', 'idempotencyKey', 'keyboard.0.buttons.0.text', 'keyboard.0.buttons.0.link'],
  },
  {
    field: 'updateBotMessage',
    inputType: 'UpdateBotMessageInput',
    base: { botId: 1, messageId: 1, text: 'Hi' },
    texts: ['text'],
  },
  {
    field: 'markBotMessagesRead',
    inputType: 'MarkBotMessagesReadInput',
    base: { botId: 1, dialogId: 'chat1' },
    texts: ['dialogId'],
  },
  {
    field: 'addBotReaction',
    inputType: 'BotReactionInput',
    base: { botId: 1, messageId: 1, reaction: 'like' },
    texts: ['reaction'],
  },
  {
    field: 'removeBotReaction',
    inputType: 'BotReactionInput',
    base: { botId: 1, messageId: 1, reaction: 'like' },
    texts: ['reaction'],
  },
  {
    field: 'registerConnector',
    inputType: 'RegisterConnectorInput',
    base: {
      id: 'catalogue',
      name: 'Catalogue',
      placementHandler: 'https://example.com/settings',
      iconSvg:
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 2 2'><circle cx='1' cy='1' r='1'/></svg>",
    },
    texts: ['id', 'name', 'placementHandler', 'iconSvg'],
  },
  {
    field: 'activateConnector',
    inputType: 'ActivateConnectorInput',
    base: { connector: 'catalogue', line: 1, active: true },
    texts: ['connector'],
  },
  {
    field: 'setConnectorData',
    inputType: 'SetConnectorDataInput',
    base: {
      connector: 'catalogue',
      line: 1,
      channelId: 'c-1',
      url: 'https://example.com',
      name: 'Catalogue',
    },
    texts: ['connector', 'channelId', 'url', 'name'],
  },
  {
    field: 'sendConnectorMessages',
    inputType: 'SendConnectorMessagesInput',
    base: {
      connector: 'catalogue',
      line: 1,
      messages: [
        { externalMessageId: 'e-1', user: { id: 'u-1', name: 'Jane' }, chat: { id: 'c-1' }, text: 'Hello' },
      ],
    },
    texts: [
      'connector',
      'messages.0.externalMessageId',
      'messages.0.user.id',
      'messages.0.user.name',
      'messages.0.chat.id',
      'messages.0.text',
    ],
    extraSelection:
      '... on SendConnectorMessagesSuccess { results { __typename ... on ConnectorMessageFailed { invalidField } } }',
  },
];

const specOf = (field: string): MutationSpec => MUTATIONS.find((m) => m.field === field)!;

function mutationCase(field: string, name: string, input: Json, expect: Expected): BadInputCase {
  const spec = specOf(field);
  return {
    name: `${field}: ${name}`,
    query: `mutation ($input: ${spec.inputType}!) { ${field}(input: $input) { ${RESULT} ${spec.extraSelection ?? ''} } }`,
    variables: { input },
    expect,
  };
}

const ILL_FORMED: Array<[string, (text: string) => string]> = [
  ['NUL', (t) => `${t}\u0000`],
  ['lone high surrogate', (t) => `${t}\ud83d`],
  ['lone low surrogate', (t) => `\ude00${t}`],
];

function getPath(base: Json, path: string): string {
  return path.split('.').reduce<any>((node, key) => node[key], base) as string;
}

const illFormedMutationCases: BadInputCase[] = MUTATIONS.flatMap((spec) =>
  spec.texts.flatMap((path) =>
    ILL_FORMED.map(([label, spoil]) =>
      mutationCase(
        spec.field,
        `${label} in input.${path}`,
        withValue(spec.base, path, spoil(getPath(spec.base, path))),
        {
          validationFailed: `input.${path}`,
        },
      ),
    ),
  ),
);

const ILL_FORMED_TEXT = { code: 'BAD_USER_INPUT', reason: 'ILL_FORMED_TEXT' };

const QUERY_TEXTS: Array<{ name: string; query: string; value: string; variable: string; typed?: string }> = [
  {
    name: 'chat(dialogId)',
    query: 'query ($v: String!) { chat(dialogId: $v) { dialogId } }',
    value: 'chat1',
    variable: 'dialogId',
  },
  {
    name: 'poll(ref.signedAttachId)',
    query: 'query ($v: String!) { poll(ref: { signedAttachId: $v }) { messageId } }',
    value: `1.${'a'.repeat(64)}`,
    variable: 'ref.signedAttachId',
  },
  {
    name: 'node(id)',
    query: 'query ($v: ID!) { node(id: $v) { id } }',
    value: 'YjI0OlBvbGw6MQ',
    variable: 'id',
  },
  {
    name: 'nodes(ids)',
    query: 'query ($v: ID!) { nodes(ids: [$v]) { id } }',
    value: 'YjI0OlBvbGw6MQ',
    variable: 'ids.0',
  },
  {
    name: 'connectorStatus(connector)',
    query: 'query ($v: String!) { connectorStatus(connector: $v, line: 1) { active } }',
    value: 'catalogue',
    variable: 'connector',
  },
  {
    name: 'recentChats(after)',
    query: 'query ($v: String!) { recentChats(first: 1, after: $v) { edges { cursor } } }',
    value: 'abc',
    variable: 'after',
  },
];

const illFormedQueryCases: BadInputCase[] = QUERY_TEXTS.flatMap((q) =>
  ILL_FORMED.map(([label, spoil]) => ({
    name: `${q.name}: ${label}`,
    query: q.query,
    variables: { v: spoil(q.value) },
    expect: ILL_FORMED_TEXT,
  })),
);

const BOT_BUTTON = 'keyboard.0.buttons.0';
const sendBot = specOf('sendBotMessage').base;
const connectorMessages = specOf('sendConnectorMessages').base;
const onMessage = (path: string, value: unknown) => withValue(connectorMessages, `messages.0.${path}`, value);
const attachWith = (blocks: unknown[]) =>
  withValue(withValue(sendBot, 'keyboard', null), 'attach', { blocks });

const ruleCases: BadInputCase[] = [
  // bot messages: colours, links, attachments, dialog ids, lengths
  mutationCase('sendBotMessage', 'bgColor "red; x"', withValue(sendBot, `${BOT_BUTTON}.bgColor`, 'red; x'), {
    validationFailed: `input.keyboard.0.buttons.0.bgColor`,
  }),
  mutationCase(
    'sendBotMessage',
    'textColor "url(x)"',
    withValue(sendBot, `${BOT_BUTTON}.textColor`, 'url(x)'),
    { validationFailed: `input.keyboard.0.buttons.0.textColor` },
  ),
  mutationCase('sendBotMessage', 'offBgColor "#12"', withValue(sendBot, `${BOT_BUTTON}.offBgColor`, '#12'), {
    validationFailed: `input.keyboard.0.buttons.0.offBgColor`,
  }),
  mutationCase(
    'sendBotMessage',
    'javascript: link',
    withValue(sendBot, `${BOT_BUTTON}.link`, 'javascript:alert(1)'),
    { validationFailed: `input.keyboard.0.buttons.0.link` },
  ),
  mutationCase(
    'sendBotMessage',
    'file: link',
    withValue(sendBot, `${BOT_BUTTON}.link`, 'file:///etc/passwd'),
    { validationFailed: `input.keyboard.0.buttons.0.link` },
  ),
  mutationCase(
    'sendBotMessage',
    'metadata link',
    withValue(sendBot, `${BOT_BUTTON}.link`, 'http://169.254.169.254/latest/meta-data/'),
    { validationFailed: `input.keyboard.0.buttons.0.link` },
  ),
  mutationCase(
    'sendBotMessage',
    'bgColorToken "pink"',
    withValue(sendBot, `${BOT_BUTTON}.bgColorToken`, 'pink'),
    { validationFailed: `input.keyboard.0.buttons.0.bgColorToken` },
  ),
  mutationCase(
    'sendBotMessage',
    'a button with two actions',
    withValue(sendBot, `${BOT_BUTTON}.command`, { command: 'x' }),
    { validationFailed: `input.keyboard.0.buttons.0` },
  ),
  mutationCase(
    'sendBotMessage',
    'file:/// image in an attachment',
    attachWith([{ image: [{ link: 'file:///etc/passwd' }] }]),
    { validationFailed: 'input.attach.blocks.0.image.0.link' },
  ),
  mutationCase(
    'sendBotMessage',
    'javascript: link block',
    attachWith([{ link: { link: 'javascript:alert(1)' } }]),
    { validationFailed: 'input.attach.blocks.0.link.link' },
  ),
  mutationCase(
    'sendBotMessage',
    'metadata file in an attachment',
    attachWith([{ file: [{ link: 'http://169.254.169.254/x' }] }]),
    { validationFailed: 'input.attach.blocks.0.file.0.link' },
  ),
  mutationCase(
    'sendBotMessage',
    'text of 20,001 characters',
    withValue(sendBot, 'text', 'x'.repeat(20_001)),
    { validationFailed: 'input.text' },
  ),
  mutationCase('sendBotMessage', 'dialogId "abc"', withValue(sendBot, 'dialogId', 'abc'), {
    validationFailed: 'input.dialogId',
  }),
  mutationCase(
    'markBotMessagesRead',
    'dialogId ""',
    { botId: 1, dialogId: '' },
    { validationFailed: 'input.dialogId' },
  ),
  mutationCase(
    'markBotMessagesRead',
    'dialogId "abc"',
    { botId: 1, dialogId: 'abc' },
    { validationFailed: 'input.dialogId' },
  ),
  mutationCase(
    'markBotMessagesRead',
    'dialogId "chat0"',
    { botId: 1, dialogId: 'chat0' },
    { validationFailed: 'input.dialogId' },
  ),
  mutationCase(
    'updateBotMessage',
    'text of 20,001 characters',
    { botId: 1, messageId: 1, text: 'x'.repeat(20_001) },
    { validationFailed: 'input.text' },
  ),
  // polls
  mutationCase(
    'sendPoll',
    'question of 100,000 characters',
    withValue(specOf('sendPoll').base, 'question', 'q'.repeat(100_000)),
    { validationFailed: 'input.question' },
  ),
  mutationCase(
    'sendPoll',
    'answer of 100,000 characters',
    withValue(specOf('sendPoll').base, 'answers.1', 'a'.repeat(100_000)),
    { validationFailed: 'input.answers.1' },
  ),
  mutationCase(
    'sendPoll',
    '11 answers',
    withValue(
      specOf('sendPoll').base,
      'answers',
      Array.from({ length: 11 }, (_, i) => `a${i}`),
    ),
    { validationFailed: 'input.answers' },
  ),
  mutationCase('sendPoll', 'one answer', withValue(specOf('sendPoll').base, 'answers', ['only']), {
    validationFailed: 'input.answers',
  }),
  mutationCase('sendPoll', 'a blank question', withValue(specOf('sendPoll').base, 'question', ' \u200b '), {
    validationFailed: 'input.question',
  }),
  mutationCase('sendPoll', 'repeated answers', withValue(specOf('sendPoll').base, 'answers', ['a', 'a']), {
    validationFailed: 'input.answers.1',
  }),
  mutationCase(
    'castBallot',
    'a ref with two forms',
    { ref: { messageId: 1, attachId: 1 }, answerIds: [1] },
    { validationFailed: 'input.ref' },
  ),
  mutationCase('stopPoll', 'an empty ref', { ref: {} }, { validationFailed: 'input.ref' }),
  // connector
  mutationCase(
    'registerConnector',
    'placementHandler at the metadata address',
    withValue(specOf('registerConnector').base, 'placementHandler', 'http://169.254.169.254/latest/'),
    { validationFailed: 'input.placementHandler' },
  ),
  mutationCase(
    'registerConnector',
    'placementHandler file:',
    withValue(specOf('registerConnector').base, 'placementHandler', 'file:///etc/passwd'),
    { validationFailed: 'input.placementHandler' },
  ),
  mutationCase(
    'registerConnector',
    'placementHandler javascript:',
    withValue(specOf('registerConnector').base, 'placementHandler', 'javascript:alert(1)'),
    { validationFailed: 'input.placementHandler' },
  ),
  mutationCase(
    'registerConnector',
    'id with a dot',
    withValue(specOf('registerConnector').base, 'id', 'a.b'),
    { validationFailed: 'input.id' },
  ),
  mutationCase(
    'setConnectorData',
    'url at a link-local address',
    withValue(specOf('setConnectorData').base, 'url', 'http://169.254.1.1/'),
    { validationFailed: 'input.url' },
  ),
  mutationCase(
    'setConnectorData',
    'operatorUrl file:',
    withValue(specOf('setConnectorData').base, 'operatorUrl', 'file:///x'),
    { validationFailed: 'input.operatorUrl' },
  ),
  mutationCase(
    'activateConnector',
    'line 0',
    { connector: 'catalogue', line: 0, active: true },
    { validationFailed: 'input.line' },
  ),
  mutationCase('sendConnectorMessages', 'no messages', withValue(connectorMessages, 'messages', []), {
    validationFailed: 'input.messages',
  }),
  mutationCase('sendConnectorMessages', 'date -1', onMessage('date', -1), {
    messageFailed: 'input.messages.0.date',
  }),
  mutationCase(
    'sendConnectorMessages',
    'text of 1,000,000 characters',
    onMessage('text', 't'.repeat(1_000_000)),
    { messageFailed: 'input.messages.0.text' },
  ),
  mutationCase(
    'sendConnectorMessages',
    'file:/// file url',
    onMessage('files', [{ url: 'file:///etc/passwd' }]),
    { messageFailed: 'input.messages.0.files.0.url' },
  ),
  mutationCase(
    'sendConnectorMessages',
    'metadata picture url',
    onMessage('user.pictureUrl', 'http://169.254.169.254/p.png'),
    { messageFailed: 'input.messages.0.user.pictureUrl' },
  ),
  mutationCase('sendConnectorMessages', 'metadata user url', onMessage('user.url', 'http://[fe80::1]/'), {
    messageFailed: 'input.messages.0.user.url',
  }),
  mutationCase(
    'sendConnectorMessages',
    'javascript: chat url',
    onMessage('chat.url', 'javascript:alert(1)'),
    { messageFailed: 'input.messages.0.chat.url' },
  ),
  mutationCase('sendConnectorMessages', 'user name R2-D2', onMessage('user.name', 'R2-D2'), {
    messageFailed: 'input.messages.0.user.name',
  }),
  // queries
  {
    name: 'chat(dialogId: "abc")',
    query: '{ chat(dialogId: "abc") { dialogId } }',
    expect: { code: 'BAD_USER_INPUT', reason: 'INVALID_DIALOG_ID' },
  },
  {
    name: 'polls with 501 ids',
    query: 'query ($ids: [Int!]!) { polls(messageIds: $ids) { messageId } }',
    variables: { ids: Array.from({ length: 501 }, (_, i) => i + 1) },
    expect: { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_IDS' },
  },
  {
    name: 'node(id) not minted here',
    query: '{ node(id: "not-an-id") { id } }',
    expect: { code: 'BAD_USER_INPUT', reason: 'INVALID_NODE_ID' },
  },
];

export const BAD_INPUT_CASES: BadInputCase[] = [
  ...illFormedMutationCases,
  ...illFormedQueryCases,
  ...ruleCases,
];
