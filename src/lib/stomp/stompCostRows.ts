/** The STOMP lesson's cost table as rows: bytes per delivered message by layer, STOMP over WebSocket against raw WebSocket. */
import type { StompLayerBytes } from '../../sim/scenarios/stomp/stompLayerBytes';

/** One row: an i18n key for its label and the two columns (null where raw WebSocket has no such layer). */
export interface StompCostRow {
  readonly key: 'wsHeader' | 'stompHeaders' | 'payload' | 'total';
  readonly stomp: number;
  readonly raw: number | null;
}

/** Rows in the order the table shows them, the total last. */
export function stompCostRows(bytes: StompLayerBytes): StompCostRow[] {
  return [
    { key: 'wsHeader', stomp: bytes.stomp.wsHeader, raw: bytes.raw.wsHeader },
    { key: 'stompHeaders', stomp: bytes.stomp.stompHeaders, raw: null },
    { key: 'payload', stomp: bytes.stomp.payload, raw: bytes.raw.payload },
    { key: 'total', stomp: bytes.stomp.total, raw: bytes.raw.total },
  ];
}
