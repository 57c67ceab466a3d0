/**
 * TCP "full" transport framing, server side: each packet is
 * `length:int32 (whole packet) | seq:int32 | body | crc32:uint32` (little-endian), CRC over all before it.
 * teleproto only ships the client end of this codec (it reads from its own socket wrapper), so the
 * server end is ours; the CRC32 itself is teleproto's helper.
 */
import { crc32 } from 'teleproto/Helpers.js';

/** A transport-level error code the server sends instead of a packet (e.g. -404: unknown auth key). */
export function transportError(code: number): Buffer {
  const packet = Buffer.alloc(4);
  packet.writeInt32LE(code, 0);
  return packet;
}

export class FullPacketEncoder {
  private seq = 0;

  encode(body: Buffer): Buffer {
    const head = Buffer.alloc(8);
    head.writeInt32LE(body.length + 12, 0);
    head.writeInt32LE(this.seq++, 4);
    const framed = Buffer.concat([head, body]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32LE(crc32(framed) >>> 0, 0);
    return Buffer.concat([framed, crc]);
  }
}

/** Accumulates socket chunks and yields whole packet bodies; throws on a bad length or CRC. */
export class FullPacketDecoder {
  private pending = Buffer.alloc(0);

  push(chunk: Buffer): Buffer[] {
    this.pending = Buffer.concat([this.pending, chunk]);
    const bodies: Buffer[] = [];
    while (this.pending.length >= 4) {
      const length = this.pending.readInt32LE(0);
      if (length < 12 || length > 16 * 1024 * 1024) throw new Error(`bad packet length ${length}`);
      if (this.pending.length < length) break;
      const packet = this.pending.subarray(0, length);
      this.pending = this.pending.subarray(length);
      const expected = packet.readUInt32LE(length - 4);
      if (crc32(packet.subarray(0, length - 4)) >>> 0 !== expected) throw new Error('bad packet CRC32');
      bodies.push(Buffer.from(packet.subarray(8, length - 4)));
    }
    return bodies;
  }
}
