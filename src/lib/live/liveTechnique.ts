/** The four ways the live panel can get the server's events, in the order the lessons teach them. */
export type LiveTechnique = 'polling' | 'long-polling' | 'sse' | 'websocket';

/** Every technique, in lesson order. */
export const liveTechniques: readonly LiveTechnique[] = ['polling', 'long-polling', 'sse', 'websocket'];

/** True for the techniques that make one HTTP request per answer (each carries its own request head). */
export function isRequestPerAnswer(technique: LiveTechnique): boolean {
  return technique === 'polling' || technique === 'long-polling';
}
