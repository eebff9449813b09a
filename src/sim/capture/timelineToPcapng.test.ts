import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../bytes/utf8';
import { defaultParams } from '../scenarios/defaultParams';
import { runScenario } from '../scenarios/runScenario';
import { segmentConsistency } from '../tcp/segmentConsistency';
import { captureFixture } from './fixtures/captureFixture';
import { capturePackets } from './capturePackets';
import { readOptions, readPcapngBlocks, sumsToAllOnes } from './fixtures/readPcapng';
import { CAPTURE_EPOCH_MICROS, timelineToPcapng } from './timelineToPcapng';

const SHB = 0x0a0d0d0a;
const IDB = 1;
const EPB = 6;
const le32 = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset).getUint32(at, true);
const le16 = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset).getUint16(at, true);
/** The packet bytes of every Enhanced Packet Block. */
const packetsOf = (file: Uint8Array) => readPcapngBlocks(file).filter((b) => b.type === EPB).map((b) => b.body.subarray(20, 20 + le32(b.body, 12)));

describe('timelineToPcapng', () => {
  const file = timelineToPcapng(captureFixture(), { seed: 7 });
  const blocks = readPcapngBlocks(file);

  it('writes a section header, one raw-IPv4 interface with microsecond timestamps, then one packet block per packet', () => {
    expect(blocks[0]!.type).toBe(SHB);
    expect(le32(blocks[0]!.body, 0)).toBe(0x1a2b3c4d);
    expect([le16(blocks[0]!.body, 4), le16(blocks[0]!.body, 6)]).toEqual([1, 0]);
    expect(blocks[1]!.type).toBe(IDB);
    expect(le16(blocks[1]!.body, 0)).toBe(101);
    expect(readOptions(blocks[1]!.body.subarray(8)).get(9)).toEqual([Uint8Array.of(6)]);
    // SYN, SYN-ACK, ACK, request, response (it ACKs the request), ACK, FIN, FIN (it ACKs the first), ACK.
    expect(blocks.slice(2).map((b) => b.type)).toEqual(Array(9).fill(EPB));
    expect(capturePackets(captureFixture())).toHaveLength(9);
  });

  it('pads every block and option to 32 bits and repeats each block’s length at its end', () => {
    for (const b of blocks) expect(b.length % 4).toBe(0);
    expect(blocks.reduce((n, b) => n + b.length, 0)).toBe(file.length);
    // A reader that walks options by their padded lengths finds the comment and the application name.
    const options = readOptions(blocks[0]!.body.subarray(16));
    expect(decodeUtf8(options.get(1)![0]!)).toMatch(/^Socket Lab: a simulated capture/);
    expect(decodeUtf8(options.get(4)![0]!)).toBe('Socket Lab simulator');
  });

  it('says in the file what it is and what it leaves out', () => {
    const comment = decodeUtf8(readOptions(blocks[0]!.body.subarray(16)).get(1)![0]!);
    expect(comment).toContain('No packet here crossed a real network');
    expect(comment).toContain('client 192.0.2.10, server 198.51.100.20');
    expect(comment).toContain('Leaves out:');
    expect(comment).not.toContain('wss');
  });

  it('records every packet whole (captured length = original length) and stamps it with its send time from 2026-01-01', () => {
    const epbs = blocks.filter((b) => b.type === EPB);
    for (const b of epbs) expect(le32(b.body, 12)).toBe(le32(b.body, 16));
    const micros = (b: (typeof epbs)[number]) => le32(b.body, 4) * 2 ** 32 + le32(b.body, 8);
    expect(micros(epbs[0]!)).toBe(CAPTURE_EPOCH_MICROS); // the SYN at 0 ms
    expect(CAPTURE_EPOCH_MICROS).toBe(Date.UTC(2026, 0, 1) * 1000);
    // The response left at 250.5 ms: 250 500 µs.
    const response = epbs.findIndex((b) => decodeUtf8(b.body.subarray(20 + 40, 20 + 48)) === 'HTTP/1.1');
    expect(micros(epbs[response]!) - CAPTURE_EPOCH_MICROS).toBe(250_500);
  });

  it('writes IPv4 and TCP checksums that an independent sum verifies', () => {
    for (const p of packetsOf(file)) {
      expect(p[0]).toBe(0x45);
      expect(new DataView(p.buffer, p.byteOffset).getUint16(2)).toBe(p.length);
      expect(sumsToAllOnes(p.subarray(0, 20))).toBe(true);
      const tcp = p.subarray(20);
      const pseudo = Uint8Array.from([...p.subarray(12, 20), 0, 6, tcp.length >> 8, tcp.length & 0xff]);
      expect(sumsToAllOnes(pseudo, tcp)).toBe(true);
    }
  });

  it('notices a single flipped bit in the TCP data with that same sum', () => {
    const p = Uint8Array.from(packetsOf(file)[3]!);
    p[p.length - 1]! ^= 0x01;
    const tcp = p.subarray(20);
    expect(sumsToAllOnes(Uint8Array.from([...p.subarray(12, 20), 0, 6, tcp.length >> 8, tcp.length & 0xff]), tcp)).toBe(false);
  });

  it('writes the same bytes for the same timeline and seed, and other ISNs for another seed', () => {
    expect(timelineToPcapng(captureFixture(), { seed: 7 })).toEqual(file);
    expect(timelineToPcapng(captureFixture(), { seed: 8 })).not.toEqual(file);
    expect(createHash('sha256').update(file).digest('hex')).toBe('89761d0bbe0a83f97f3710dac626baad53bfa70354e43316ad732e5ab6a48925');
  });

  it('carries the timeline’s bytes as TCP data from the documentation addresses', () => {
    const data = packetsOf(file).filter((p) => p.length > 40);
    expect(data.map((p) => decodeUtf8(p.subarray(40)))).toEqual(['GET /poll HTTP/1.1\r\nHost: example.test\r\n\r\n', 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi']);
    expect([...data[0]!.subarray(12, 20)]).toEqual([192, 0, 2, 10, 198, 51, 100, 20]);
  });
});

describe('timelineToPcapng with a lost segment or TLS', () => {
  it('records a lost segment once, as it left, with a packet comment saying it never arrived', () => {
    const blocks = readPcapngBlocks(timelineToPcapng(captureFixture({ lostRequest: true })));
    const withData = blocks.filter((b) => b.type === EPB && le32(b.body, 12) > 40);
    expect(withData).toHaveLength(1);
    const options = readOptions(withData[0]!.body.subarray(20 + Math.ceil(le32(withData[0]!.body, 12) / 4) * 4));
    expect(decodeUtf8(options.get(1)![0]!)).toBe('Lost in the network: this segment left client but never reached server.');
  });

  it('sends a secured connection’s messages as TLS application-data records on 443, 17 bytes longer, with no plaintext', () => {
    const file = timelineToPcapng(captureFixture({ secured: true }));
    const data = packetsOf(file).filter((p) => p.length > 40);
    expect(data.map((p) => [p[40], p[41], p[42], (p[43]! << 8) | p[44]!])).toEqual([[23, 3, 3, 42 + 17], [23, 3, 3, 40 + 17]]);
    expect(new DataView(data[0]!.buffer, data[0]!.byteOffset).getUint16(22)).toBe(443);
    expect(decodeUtf8(file)).not.toContain('GET /poll');
    expect(decodeUtf8(readOptions(readPcapngBlocks(file)[0]!.body.subarray(16)).get(1)![0]!)).toContain('wss: the TLS handshake is left out');
  });
});

describe('capturePackets on the scenarios', () => {
  const runs = {
    polling: () => runScenario('polling', defaultParams('polling')),
    'websocket with a lost pong': () => runScenario('websocket', { ...defaultParams('websocket'), fault: 'lost-pong' }),
    'websocket through a proxy that strips Upgrade': () => runScenario('websocket', { ...defaultParams('websocket'), fault: 'strip-upgrade' }),
    'websocket over wss with TCP detail': () => runScenario('websocket', { ...defaultParams('websocket'), secure: true, tcpDetail: true }),
    'sockets with a full backlog': () => runScenario('sockets', { ...defaultParams('sockets'), fault: 'backlog-full' }),
  };
  for (const [name, run] of Object.entries(runs)) {
    it(`captures consistent sequence and acknowledgment numbers, in send order (${name})`, () => {
      const packets = capturePackets(run(), { seed: 1 });
      expect(segmentConsistency(packets.map((p) => p.segment))).toEqual({ ok: true });
      for (let i = 1; i < packets.length; i++) expect(packets[i]!.time).toBeGreaterThanOrEqual(packets[i - 1]!.time);
    });
  }

  it('gives the proxy its own address and its upstream connection its own port pair', () => {
    const packets = capturePackets(runs['websocket through a proxy that strips Upgrade'](), { seed: 1 });
    const hosts = new Set(packets.map((p) => [...p.bytes.subarray(12, 16)].join('.')));
    expect(hosts).toEqual(new Set(['192.0.2.10', '203.0.113.30', '198.51.100.20']));
  });
});
