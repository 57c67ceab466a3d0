/**
 * One command that cannot be encoded into a `batch` (a lone surrogate in a text) fails alone:
 * another API key's call coalesced into the same batch (webhook mode: every key shares the
 * webhook's credential, so their calls share batches) still gets its answer. Over HTTP.
 */
import { postGraphQL, startHarness, useHarness } from '../server/facade-harness.js';

const KEY_A = 'key-a-0123456789abcdef';
const KEY_B = 'key-b-0123456789abcdef';
const h = useHarness(() =>
  startHarness(
    // A wide batch window so that the two requests certainly share one batch.
    { FACADE_API_KEYS: `${KEY_A},${KEY_B}`, PORTAL_BATCH_WINDOW_MS: '300' },
    'webhook',
    { traffic: true, emulator: { limits: { enabled: false } } },
  ),
);

const SEND = `mutation($input: SendPollInput!) { sendPoll(input: $input) {
  __typename ... on ValidationFailed { field constraint } ... on UserError { code } } }`;
const CHAT = `{ chat(dialogId: "chat1") { dialogId name } }`;

it("a lone surrogate in one caller's poll fails that call only, not the other key's read", async () => {
  const [bad, good] = await Promise.all([
    postGraphQL(
      h.facade,
      SEND,
      { 'x-api-key': KEY_A },
      {
        input: { dialogId: 'chat1', question: 'Broken \ud800 text?', answers: ['Yes', 'No'] },
      },
    ),
    postGraphQL(h.facade, CHAT, { 'x-api-key': KEY_B }),
  ]);
  expect(good.body.errors).toBeUndefined();
  expect(good.body.data?.chat).toMatchObject({ dialogId: 'chat1' });
  expect(bad.body.errors).toBeUndefined();
  expect(bad.body.data?.sendPoll).toMatchObject({
    __typename: 'ValidationFailed',
    code: 'VALIDATION_FAILED',
  });
  expect(h.emulator.calls().filter((c) => c.method === 'vote.Integration.Im.send')).toHaveLength(0);
  // The two really travelled together: the read went inside a batch.
  expect(h.emulator.calls().some((c) => c.batched && c.method === 'im.dialog.get')).toBe(true);
});
