import { describe, expect, it } from 'vitest';
import { bytesToHex, inspectWire } from '../../sim';
import { closeView } from './closeView';
import { GALLERY_IDS, galleryProps, galleryView } from './exampleFrames';
import { fragmentViews } from './fragmentViews';

describe('example frames', () => {
  it('writes the gallery text frame as RFC 6455 §5.7 does, from either side', () => {
    expect(bytesToHex(galleryView('text', 'server').bytes)).toBe('81 05 48 65 6c 6c 6f');
    expect(bytesToHex(galleryView('text', 'client').bytes)).toBe('81 85 37 fa 21 3d 7f 9f 4d 51 58');
  });

  it('uses the 16-bit and the 64-bit length for the two long binary frames', () => {
    expect(bytesToHex(galleryView('binary16', 'server').bytes.subarray(0, 4))).toBe('82 7e 00 7e');
    expect(bytesToHex(galleryView('binary64', 'server').bytes.subarray(0, 10))).toBe('82 7f 00 00 00 00 00 01 00 00');
  });

  it('decodes every gallery frame cleanly on the receiving side', () => {
    for (const id of GALLERY_IDS) {
      expect(inspectWire(galleryView(id, 'client').bytes, { role: 'server' }).ending, id).toEqual({ kind: 'complete' });
      expect(inspectWire(galleryView(id, 'server').bytes, { role: 'client' }).ending, id).toEqual({ kind: 'complete' });
    }
  });

  it('cuts a message into frames: the first carries the opcode, only the last has FIN', () => {
    const frames = fragmentViews('Hello', 2, 'server');
    expect(frames.map((f) => bytesToHex(f.bytes))).toEqual(['01 02 48 65', '00 02 6c 6c', '80 01 6f']);
  });

  it('masks every fragment a client sends', () => {
    expect(fragmentViews('Hello', 3, 'client').every((f) => f.frame.maskingKey !== undefined)).toBe(true);
  });

  it('writes a close frame with code and reason, and refuses a reason over 123 bytes', () => {
    const close = closeView(1000, 'bye', 'server');
    expect(close.ok && bytesToHex(close.view.bytes)).toBe('88 05 03 e8 62 79 65');
    expect(closeView(1000, 'é'.repeat(62), 'server')).toEqual({ ok: false, reasonBytes: 124, max: 123 });
  });
  it('hands the gallery its first frame as the encoder writes it and every example\'s payload size', () => {
    const props = galleryProps('ping');
    expect(props.initialView.bytes).toEqual(galleryView('ping', 'client').bytes);
    expect(props.payloadBytes).toEqual({ text: 5, binary16: 126, binary64: 65536, ping: 5, pong: 5 });
  });
});
