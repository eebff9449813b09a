import { describe, expect, it } from 'vitest';
import { socketExamples } from './socketExamples';

describe('socketExamples', () => {
  it('gives C, Python, Java and Node, each a client and a server without markers', () => {
    const examples = socketExamples();
    expect(examples.map((e) => e.name)).toEqual(['C', 'Python', 'Java', 'Node']);
    for (const e of examples) {
      expect(e.client.code).not.toContain('@call');
      expect(e.server.code).not.toContain('@call');
      expect(e.client.lines.connect.length, e.client.file).toBeGreaterThan(0);
      expect(e.server.lines.accept.length, e.server.file).toBeGreaterThan(0);
    }
  });
});
