/** What a key press asks the player to do. */
export type PlayerCommand =
  | { readonly kind: 'toggle' }
  | { readonly kind: 'step'; readonly delta: 1 | -1 }
  | { readonly kind: 'home' }
  | { readonly kind: 'end' }
  | { readonly kind: 'speed'; readonly delta: 1 | -1 };

/** The parts of a KeyboardEvent the mapping needs (so tests need no DOM). */
export interface KeyPress {
  readonly key: string;
  readonly altKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly target?: EventTarget | null;
}

// Keys typed here belong to the control, never to the player.
const TEXT_ENTRY_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
// Space already activates these; stealing it would make a focused button do something else.
const SPACE_ACTIVATED = 'button, a[href], summary, [role="button"], [role="link"], [role="checkbox"], [role="switch"], [role="option"]';

/** Maps a key press inside a player region to a command, or null when the key is not ours to take. */
export function playerKeyCommand(press: KeyPress): PlayerCommand | null {
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  if (isTextEntry(press.target)) return null;
  switch (press.key) {
    case ' ':
    case 'Spacebar':
      return activatesOnSpace(press.target) ? null : { kind: 'toggle' };
    case 'ArrowRight':
      return { kind: 'step', delta: 1 };
    case 'ArrowLeft':
      return { kind: 'step', delta: -1 };
    case 'Home':
      return { kind: 'home' };
    case 'End':
      return { kind: 'end' };
    case ']':
      return { kind: 'speed', delta: 1 };
    case '[':
      return { kind: 'speed', delta: -1 };
    default:
      return null;
  }
}

function isTextEntry(target: EventTarget | null | undefined): boolean {
  if (!isElement(target)) return false;
  // A read-only field (the timeline terminal's focus target) takes no typing, so the player may have its keys.
  if (target.hasAttribute('readonly')) return false;
  return TEXT_ENTRY_TAGS.has(target.tagName) || target.isContentEditable || target.closest('[contenteditable="true"]') !== null;
}

function activatesOnSpace(target: EventTarget | null | undefined): boolean {
  return isElement(target) && target.closest(SPACE_ACTIVATED) !== null;
}

function isElement(target: EventTarget | null | undefined): target is HTMLElement {
  return typeof target === 'object' && target !== null && 'tagName' in target && 'closest' in target;
}
