/** A parsed frame seen through a header look-up (`StompFrameView`), for code that also acts on frames not parsed. */
import { headerOf } from './headerOf';
import type { StompFrame, StompFrameView } from './types';

class ParsedFrameView implements StompFrameView {
  constructor(private readonly frame: StompFrame) {}
  get command(): StompFrame['command'] {
    return this.frame.command;
  }
  header(name: string): string | undefined {
    return headerOf(this.frame.headers, name);
  }
}

/** `frame` as a `StompFrameView`: `header(name)` is `headerOf(frame.headers, name)`. */
export function frameView(frame: StompFrame): StompFrameView {
  return new ParsedFrameView(frame);
}
