// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { HashLink } from '../../lib/browserHashLink';
import { handshakeWalk, RFC_SAMPLE_KEY } from '../../lib/ws/handshakeWalk';
import * as parts from './handshakeParts';
import { HandshakeRun } from './handshakeStepper.svelte';

const first = handshakeWalk(RFC_SAMPLE_KEY, 'ok');

class MemoryHash implements HashLink {
  constructor(public hash = '') {}
  read() { return this.hash; }
  write(hash: string) { this.hash = hash; }
}

describe('HandshakeRun deep links', () => {
  it('opens the case and step a link names (the step 1-based, as on screen)', () => {
    const run = new HandshakeRun(first, async () => parts, parts);
    run.linkHash(new MemoryHash('#step=3&case=wrongAccept'));
    expect(run.which).toBe('wrongAccept');
    expect(run.stepIndex).toBe(2);
  });

  it('writes the step, and the case only when it is not the working one, keeping other keys', () => {
    const run = new HandshakeRun(first, async () => parts, parts);
    const hash = new MemoryHash('#sel=2');
    run.linkHash(hash);
    run.next();
    expect(hash.hash).toBe('#sel=2&step=2');
    run.setCase('wrongVersion');
    expect(hash.hash).toBe('#sel=2&step=1&case=wrongVersion');
    run.setCase('ok');
    expect(hash.hash).toBe('#sel=2&step=1');
  });

  it('clamps a step past the end of the case to its last step', () => {
    const run = new HandshakeRun(first, async () => parts, parts);
    run.linkHash(new MemoryHash('#step=40'));
    expect(run.stepIndex).toBe(run.stepCount - 1);
  });

  it('ignores an unknown case and a malformed step', () => {
    const run = new HandshakeRun(first, async () => parts, parts);
    run.linkHash(new MemoryHash('#step=two&case=<script>'));
    expect(run.which).toBe('ok');
    expect(run.stepIndex).toBe(0);
  });

  it('writes nothing before it is linked', () => {
    const run = new HandshakeRun(first, async () => parts, parts);
    const hash = new MemoryHash('#x=1');
    run.next();
    run.linkHash(hash);
    expect(hash.hash).toBe('#x=1');
  });
});

describe('HandshakeRun before its codec has loaded', () => {
  it('shows the build-time walk and steps through it without loading anything', () => {
    let loads = 0;
    const run = new HandshakeRun(first, async () => (loads++, parts));
    run.next();
    run.next();
    expect(run.step?.kind).toBe('sha1');
    expect(loads).toBe(0);
  });

  it('keeps every move made while another case is on its way, then makes them in order', async () => {
    let arrive!: (p: typeof parts) => void;
    const run = new HandshakeRun(first, () => new Promise((resolve) => (arrive = resolve)));
    run.setCase('wrongAccept');
    expect(run.step).toBeNull();
    run.next();
    run.next();
    arrive(parts);
    await run.load();
    await Promise.resolve();
    expect(run.step?.kind).toBe('sha1');
    expect(run.stepIndex).toBe(2);
  });

  it('applies a key typed before the check arrives, and never a stale one', async () => {
    const run = new HandshakeRun(first, async () => parts);
    run.setKeyText('AAAAAAAAAAAAAAAAAAAAAA==');
    expect(run.keyCheck).toBeNull();
    await run.load();
    await Promise.resolve();
    expect(run.key).toBe('AAAAAAAAAAAAAAAAAAAAAA==');
    expect(run.keyCheck?.ok).toBe(true);
  });
});
