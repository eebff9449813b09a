/** WebSocket handshake and frame field meanings (keys "wsfield.*"), for the byte inspector and frame inspector. */
export const wsFields: Record<string, string> = {
};
