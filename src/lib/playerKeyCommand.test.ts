// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { playerKeyCommand } from './playerKeyCommand';

const element = (html: string) => {
  document.body.innerHTML = html;
  return document.body.querySelector('[data-target]') as HTMLElement;
};

describe('playerKeyCommand', () => {
  it('maps the player keys to commands', () => {
    expect(playerKeyCommand({ key: ' ' })).toEqual({ kind: 'toggle' });
    expect(playerKeyCommand({ key: 'ArrowRight' })).toEqual({ kind: 'step', delta: 1 });
    expect(playerKeyCommand({ key: 'ArrowLeft' })).toEqual({ kind: 'step', delta: -1 });
    expect(playerKeyCommand({ key: 'Home' })).toEqual({ kind: 'home' });
    expect(playerKeyCommand({ key: 'End' })).toEqual({ kind: 'end' });
    expect(playerKeyCommand({ key: ']' })).toEqual({ kind: 'speed', delta: 1 });
    expect(playerKeyCommand({ key: '[' })).toEqual({ kind: 'speed', delta: -1 });
  });

  it('ignores other keys and shortcuts with modifiers', () => {
    expect(playerKeyCommand({ key: 'a' })).toBeNull();
    expect(playerKeyCommand({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(playerKeyCommand({ key: 'Home', ctrlKey: true })).toBeNull();
    expect(playerKeyCommand({ key: ']', metaKey: true })).toBeNull();
  });

  it.each(['<input data-target>', '<textarea data-target></textarea>', '<select data-target></select>', '<div contenteditable="true"><p data-target>x</p></div>'])(
    'never takes keys typed into %s',
    (html) => {
      const target = element(html);
      expect(playerKeyCommand({ key: 'ArrowLeft', target })).toBeNull();
      expect(playerKeyCommand({ key: ' ', target })).toBeNull();
    },
  );

  it('takes the keys in a read-only text area, such as the timeline terminal', () => {
    const target = element('<textarea readonly data-target></textarea>');
    expect(playerKeyCommand({ key: 'ArrowRight', target })).toEqual({ kind: 'step', delta: 1 });
  });

  it('leaves Space to a focused button but still steps with the arrows', () => {
    const target = element('<button data-target>Go</button>');
    expect(playerKeyCommand({ key: ' ', target })).toBeNull();
    expect(playerKeyCommand({ key: 'ArrowRight', target })).toEqual({ kind: 'step', delta: 1 });
  });

  it('takes Space on a plain region', () => {
    const target = element('<section tabindex="0" data-target></section>');
    expect(playerKeyCommand({ key: ' ', target })).toEqual({ kind: 'toggle' });
  });
});
