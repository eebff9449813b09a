import type { WireMessage } from '../timeline/timelineBuilder';
import type { Field, TransferLayer } from '../timeline/types';

/**
 * A message whose bytes are written at once (the receiver reads them) and whose annotation and layers are built
 * on first read: a long session need not annotate every packet nobody opens in the inspector.
 */
export class LazyLayeredMessage implements WireMessage {
  #built: { readonly fields: readonly Field[]; readonly layers: readonly TransferLayer[] } | undefined;
  constructor(
    readonly bytes: Uint8Array,
    readonly headerBytes: number,
    readonly payloadBytes: number,
    private readonly build: () => { readonly fields: readonly Field[]; readonly layers: readonly TransferLayer[] },
  ) {}
  /** The outer message's fields. */
  get fields(): readonly Field[] {
    return (this.#built ??= this.build()).fields;
  }
  /** The layers, outermost first. */
  get layers(): readonly TransferLayer[] {
    return (this.#built ??= this.build()).layers;
  }
}
