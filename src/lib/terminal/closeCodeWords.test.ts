import { describe, expect, it } from 'vitest';
import { closeCodeWords } from './closeCodeWords';

describe('closeCodeWords', () => {
  it('names a code from the RFC’s list with its meaning', () => {
    expect(closeCodeWords(1009)).toEqual({ name: 'Message too big', meaning: 'More data than the endpoint is willing to process.' });
  });

  it('names codes outside the RFC’s list by their range', () => {
    expect(closeCodeWords(3001).name).toBe('Registered for libraries and frameworks');
    expect(closeCodeWords(4001).name).toBe('Private use');
  });
});
