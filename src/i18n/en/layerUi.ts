/** The inspector's layer view ("inspector.layer*"), loaded with it when a message carries inner layers. */
export const layerUi: Record<string, string> = {
  'inspector.layers': 'Layers: one message inside another',
  'inspector.layerHint': 'Pick a layer to list its fields over the same bytes.',
  'inspector.layer.ws': 'WebSocket frame',
  'inspector.layer.stomp': 'STOMP frame',
  'inspector.layer.engineio': 'engine.io packet',
  'inspector.layer.socketio': 'Socket.IO packet',
  'inspector.layer.sockjs': 'SockJS frame',
  'inspector.layer.http': 'HTTP message',
  'inspector.layer.tcp': 'TCP segment',
  'inspector.layerRange': 'bytes {start}–{end}',
  'inspector.layerAdds': 'adds {count} B',
  'inspector.appPayload': 'Application payload: {count} B',
  'inspector.unmaskedNote': 'The client masked this payload (RFC 6455 §5.3): on the wire each byte is XORed with the masking key. The dump shows it unmasked, as the {layer} fields describe it.',
};
