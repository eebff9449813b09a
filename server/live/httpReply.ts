/** Writing complete JSON answers, the same way for every live endpoint. */
import type { ServerResponse } from 'node:http';
import type { ErrorResponse } from './liveMessages';

/** Headers every live answer carries: nothing here may be cached or sniffed. */
export const NO_STORE: Readonly<Record<string, string>> = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

/** Writes `body` as the whole JSON answer with `status`. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { ...NO_STORE, ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** Writes a refusal: `error` names the rule (stable, for code), `message` explains it (for people). */
export function sendError(res: ServerResponse, status: number, error: string, message: string, headers: Readonly<Record<string, string>> = {}): void {
  const body: ErrorResponse = { error, message };
  sendJson(res, status, body, headers);
}
