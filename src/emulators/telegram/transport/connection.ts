/**
 * One client TCP connection: framing, decryption with the pre-shared auth key the first packet names,
 * service messages (acks, pings) and one RPC at a time in arrival order, answers and pushed updates
 * encrypted back with the same key and the client's session id.
 */
import type { Socket } from 'node:net';
import { Api } from 'teleproto';
import { returnBigInt } from 'teleproto/Helpers.js';
import { FullPacketDecoder, FullPacketEncoder, transportError } from './tcp-full.codec.js';
import { authKeyId, decryptFromClient, encryptToClient } from './mtproto2.crypto.js';
import { readObject, rpcResult, unpackMessage, unwrapQuery, type InboundMessage } from './envelope.js';

export interface KeyLookup {
  /** The auth key and its owner for an auth_key_id (hex), or undefined when the server never issued it. */
  (keyIdHex: string): { authKey: Buffer; sessionName: string } | undefined;
}

export type RpcAnswer = { ok: object } | { error: { code: number; message: string } };

export interface RpcHandler {
  (connection: ClientConnection, request: Api.AnyRequest): Promise<RpcAnswer>;
}

export class ClientConnection {
  sessionName: string | undefined;
  private authKey: Buffer | undefined;
  private sessionId = Buffer.alloc(8);
  private readonly decoder = new FullPacketDecoder();
  private readonly encoder = new FullPacketEncoder();
  private lastMsgId = 0n;
  private contentSeq = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly socket: Socket,
    private readonly keys: KeyLookup,
    private readonly handle: RpcHandler,
  ) {
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', () => socket.destroy());
  }

  get open(): boolean {
    return !this.socket.destroyed;
  }

  /** Sends an unsolicited object (Updates) to the client. */
  push(object: { getBytes(): Buffer }): void {
    if (this.open && this.authKey) this.send(object.getBytes());
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    let packets: Buffer[];
    try {
      packets = this.decoder.push(chunk);
    } catch {
      this.close();
      return;
    }
    for (const packet of packets) {
      this.queue = this.queue.then(() => this.onPacket(packet)).catch(() => this.close());
    }
  }

  private async onPacket(packet: Buffer): Promise<void> {
    if (packet.length < 8) return this.close();
    const keyIdHex = packet.subarray(0, 8).toString('hex');
    if (!this.authKey) {
      const known = this.keys(keyIdHex);
      // Unknown key (or an unencrypted handshake, which this server does not do): the transport
      // error a real server sends for an auth key it does not know, then hang up.
      if (!known) {
        this.socket.end(this.encoder.encode(transportError(-404)));
        return;
      }
      this.authKey = known.authKey;
      this.sessionName = known.sessionName;
    }
    if (!authKeyId(this.authKey).equals(packet.subarray(0, 8))) return this.close();
    const plain = decryptFromClient(this.authKey, packet);
    if (!plain) return this.close();
    plain.copy(this.sessionId, 0, 8, 16);
    const length = plain.readInt32LE(28);
    const message = { msgId: Buffer.from(plain.subarray(16, 24)), body: plain.subarray(32, 32 + length) };
    for (const inner of unpackMessage(message)) await this.onMessage(inner);
  }

  private async onMessage(message: InboundMessage): Promise<void> {
    const object = readObject(message.body) as Api.AnyRequest & { className: string };
    switch (object.className as string) {
      case 'MsgsAck':
        return;
      case 'Ping':
      case 'PingDelayDisconnect': {
        const ping = object as Api.Ping;
        this.send(new Api.Pong({ msgId: readLong(message.msgId), pingId: ping.pingId }).getBytes());
        return;
      }
    }
    const answer = await this.handle(this, unwrapQuery(object));
    const result =
      'ok' in answer
        ? serialize(answer.ok)
        : new Api.RpcError({ errorCode: answer.error.code, errorMessage: answer.error.message }).getBytes();
    this.send(rpcResult(message.msgId, result));
  }

  private send(body: Buffer): void {
    if (!this.authKey || !this.open) return;
    const header = Buffer.alloc(32);
    // salt stays 0: the client starts with 0 and this server never rotates it
    this.sessionId.copy(header, 8);
    header.writeBigInt64LE(this.nextMsgId(), 16);
    header.writeInt32LE(this.contentSeq++ * 2 + 1, 24);
    header.writeInt32LE(body.length, 28);
    const packet = encryptToClient(this.authKey, Buffer.concat([header, body]));
    this.socket.write(this.encoder.encode(packet));
  }

  /** Server msg_ids: unix time in the high half, strictly increasing, ≡ 1 (mod 4) as for responses. */
  private nextMsgId(): bigint {
    let id = (BigInt(Math.floor(Date.now() / 1000)) << 32n) | 1n;
    if (id <= this.lastMsgId) id = this.lastMsgId + 4n;
    this.lastMsgId = id;
    return id;
  }
}

function readLong(bytes: Buffer): ReturnType<typeof returnBigInt> {
  return returnBigInt(bytes.readBigInt64LE(0).toString());
}

type Serializable = { getBytes(): Buffer };

/** A TL object, or a Vector<T> of them (users.getUsers answers a bare vector). */
function serialize(value: object): Buffer {
  if (!Array.isArray(value)) return (value as Serializable).getBytes();
  const head = Buffer.alloc(8);
  head.writeUInt32LE(0x1cb5c415, 0);
  head.writeInt32LE(value.length, 4);
  return Buffer.concat([head, ...value.map((item: Serializable) => item.getBytes())]);
}
