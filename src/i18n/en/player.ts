/** Player, sequence diagram and byte inspector UI (keys "player.*", "diagram.*", "inspector.*"). */
export const player: Record<string, string> = {
};
