/**
 * The compressor and decompressor one end uses under an agreement: each end
 * compresses with its own parameters (`client_*` for what the client sends,
 * `server_*` for what the server sends, RFC 7692 §7.1) and inflates with its peer's.
 */
import type { Role } from '../types';
import { MessageDeflater } from './messageDeflater';
import { MessageInflater } from './messageInflater';
import type { DeflateAgreement } from './negotiateDeflate';

/** The sending end's compressor. */
export function deflaterFor(agreement: DeflateAgreement, sender: Role): MessageDeflater {
  return sender === 'client'
    ? new MessageDeflater({ contextTakeover: !agreement.clientNoContextTakeover, windowBits: agreement.clientMaxWindowBits })
    : new MessageDeflater({ contextTakeover: !agreement.serverNoContextTakeover, windowBits: agreement.serverMaxWindowBits });
}

/** The receiving end's decompressor (`reader`: the end reading). */
export function inflaterFor(agreement: DeflateAgreement, reader: Role): MessageInflater {
  return reader === 'server'
    ? new MessageInflater({ contextTakeover: !agreement.clientNoContextTakeover, windowBits: agreement.clientMaxWindowBits })
    : new MessageInflater({ contextTakeover: !agreement.serverNoContextTakeover, windowBits: agreement.serverMaxWindowBits });
}
