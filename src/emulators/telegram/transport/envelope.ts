/**
 * The MTProto service layer around RPC calls, server side: unpacking msg_container and gzip_packed,
 * stripping invokeWithLayer/initConnection-style wrappers, and writing rpc_result. teleproto has
 * readers for these as a client (some asynchronous, tied to its sender), not a server's writer, so
 * these few constructors are handled here by their documented layout.
 */
import { gunzipSync } from 'node:zlib';
import { BinaryReader } from 'teleproto/extensions/index.js';
import type { Api } from 'teleproto';

const MSG_CONTAINER = 0x73f1f8dc;
const GZIP_PACKED = 0x3072cfa1;
const RPC_RESULT = 0xf35c6d01;

export interface InboundMessage {
  /** The client's msg_id as 8 little-endian bytes (echoed in rpc_result.req_msg_id and pong). */
  msgId: Buffer;
  body: Buffer;
}

/** Flattens containers and gzip into the plain messages they carry. */
export function unpackMessage(message: InboundMessage): InboundMessage[] {
  const id = message.body.readUInt32LE(0);
  if (id === GZIP_PACKED) {
    const reader = new BinaryReader(message.body.subarray(4));
    return unpackMessage({ msgId: message.msgId, body: gunzipSync(reader.tgReadBytes()) });
  }
  if (id !== MSG_CONTAINER) return [message];
  const out: InboundMessage[] = [];
  const count = message.body.readInt32LE(4);
  let offset = 8;
  for (let i = 0; i < count; i++) {
    const msgId = message.body.subarray(offset, offset + 8);
    const length = message.body.readInt32LE(offset + 12);
    const body = message.body.subarray(offset + 16, offset + 16 + length);
    out.push(...unpackMessage({ msgId: Buffer.from(msgId), body: Buffer.from(body) }));
    offset += 16 + length;
  }
  return out;
}

/** Wrappers whose `query` is the real call; connection-level parameters in them are not used here. */
const WRAPPERS = new Set([
  'InvokeWithLayer',
  'InitConnection',
  'InvokeWithoutUpdates',
  'InvokeAfterMsg',
  'InvokeWithTakeout',
  'InvokeWithMessagesRange',
]);

export function unwrapQuery(request: Api.AnyRequest): Api.AnyRequest {
  let current = request as Api.AnyRequest & { query?: Api.AnyRequest };
  while (WRAPPERS.has(current.className) && current.query) {
    current = current.query as Api.AnyRequest & { query?: Api.AnyRequest };
  }
  return current;
}

export function rpcResult(reqMsgId: Buffer, result: Buffer): Buffer {
  const head = Buffer.alloc(12);
  head.writeUInt32LE(RPC_RESULT, 0);
  reqMsgId.copy(head, 4);
  return Buffer.concat([head, result]);
}

/** Parses one TL object with teleproto's own deserializer (synchronous for every API constructor). */
export function readObject(body: Buffer): unknown {
  return new BinaryReader(body).tgReadObject();
}
