/** The two terminals: the timeline's hexdump and the echo-server session (keys "term.*"). */
export const terminal: Record<string, string> = {
  // Shared
  'term.loading': 'The terminal loads when it scrolls into view…',
  'term.loadFailed': 'The terminal could not load. The plain-text copy below has the same lines.',
  'term.plainText': 'Show the terminal as plain text',
  'term.bytes': '{bytes} bytes',
  'term.more': '… {count} more bytes',
  'term.direction': '{from} → {to}',

  // Timeline terminal
  'term.timeline.label': 'Terminal: every message sent so far, as a hexdump',
  'term.timeline.heading': 'On the wire',
  'term.timeline.hint': 'Each message appears here as it is sent: who sends it, what it is, then its bytes (offset, 16 bytes in hex, and as text).',
  'term.timeline.empty': 'Nothing sent yet: press play or step forward.',
  'term.timeline.earlier': '… {count} earlier messages not shown',
  'term.timeline.lost': 'lost on the way',
  'term.timeline.frame': '{name} (opcode {opcode})',
  'term.timeline.flags': 'FIN={fin} MASK={mask}',
  'term.timeline.rejected': 'the receiver rejects it: {code}, close code {closeCode} ({rule})',
  'term.timeline.incomplete': 'an incomplete frame: {missing} more bytes needed',
};
