import { describe, expect, it } from 'vitest';
import { terminalTheme } from './terminalTheme';

describe('terminalTheme', () => {
  it('paints the direction colours from the diagram tokens', () => {
    const theme = terminalTheme((token) => `color(${token})`);
    expect(theme.blue).toBe('color(--client)');
    expect(theme.green).toBe('color(--server)');
    expect(theme.red).toBe('color(--danger)');
  });

  it('reads background, text and muted text from the surface tokens', () => {
    const theme = terminalTheme((token) => token);
    expect(theme).toMatchObject({ background: '--surface-2', foreground: '--text', brightBlack: '--text-muted' });
  });
});
