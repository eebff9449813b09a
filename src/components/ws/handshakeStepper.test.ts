// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { HashLink } from '../../lib/browserHashLink';
import { HandshakeRun } from './handshakeStepper.svelte';

class MemoryHash implements HashLink {
  constructor(public hash = '') {}
  read() { return this.hash; }
  write(hash: string) { this.hash = hash; }
}

describe('HandshakeRun deep links', () => {
  it('opens the case and step a link names (the step 1-based, as on screen)', () => {
    const run = new HandshakeRun();
    run.linkHash(new MemoryHash('#step=3&case=wrongAccept'));
    expect(run.which).toBe('wrongAccept');
    expect(run.stepIndex).toBe(2);
  });

  it('writes the step, and the case only when it is not the working one, keeping other keys', () => {
    const run = new HandshakeRun();
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
    const run = new HandshakeRun();
    run.linkHash(new MemoryHash('#step=40'));
    expect(run.stepIndex).toBe(run.stepCount - 1);
  });

  it('ignores an unknown case and a malformed step', () => {
    const run = new HandshakeRun();
    run.linkHash(new MemoryHash('#step=two&case=<script>'));
    expect(run.which).toBe('ok');
    expect(run.stepIndex).toBe(0);
  });

  it('writes nothing before it is linked', () => {
    const run = new HandshakeRun();
    const hash = new MemoryHash('#x=1');
    run.next();
    run.linkHash(hash);
    expect(hash.hash).toBe('#x=1');
  });
});
