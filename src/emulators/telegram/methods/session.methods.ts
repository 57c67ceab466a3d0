/** What a client calls on connect: help.getConfig, updates.getState, users.getUsers (getMe). */
import { Api } from 'teleproto';
import type { RpcContext } from './context.js';
import { apiUser } from './entities.js';

/** The one DC (id 2) this server is; `port` is where it listens. */
export function config(port: number, now: number): Api.Config {
  return new Api.Config({
    date: now,
    expires: now + 3600,
    testMode: false,
    thisDc: 2,
    dcOptions: [new Api.DcOption({ id: 2, ipAddress: '127.0.0.1', port })],
    dcTxtDomainName: 'localhost',
    chatSizeMax: 200,
    megagroupSizeMax: 200000,
    forwardedCountMax: 100,
    onlineUpdatePeriodMs: 210000,
    offlineBlurTimeoutMs: 5000,
    offlineIdleTimeoutMs: 30000,
    onlineCloudTimeoutMs: 300000,
    notifyCloudDelayMs: 30000,
    notifyDefaultDelayMs: 1500,
    pushChatPeriodMs: 60000,
    pushChatLimit: 2,
    editTimeLimit: 172800,
    revokeTimeLimit: 2147483647,
    revokePmTimeLimit: 2147483647,
    ratingEDecay: 2419200,
    stickersRecentLimit: 200,
    channelsReadMediaPeriod: 604800,
    callReceiveTimeoutMs: 20000,
    callRingTimeoutMs: 90000,
    callConnectTimeoutMs: 30000,
    callPacketTimeoutMs: 10000,
    meUrlPrefix: 'https://t.me/',
    captionLengthMax: 1024,
    messageLengthMax: 4096,
    webfileDcId: 2,
  });
}

/** No update history is kept: the state is always the beginning. */
export function getState(context: RpcContext): object {
  return new Api.updates.State({ pts: 1, qts: 0, date: context.now(), seq: 0, unreadCount: 0 });
}

/** users.getUsers: the caller (inputUserSelf) and seeded users by id; unknown ones are left out. */
export function getUsers(context: RpcContext, request: Api.AnyRequest): object {
  const ids = ((request as Api.users.GetUsers).id as Array<{ className: string; userId?: unknown }>).map(
    (input) => (input.className === 'InputUserSelf' ? context.user.id : Number(String(input.userId))),
  );
  return ids
    .map((id) => context.state.users.get(id))
    .filter((user) => user !== undefined)
    .map((user) => apiUser(user, context.user.id));
}
