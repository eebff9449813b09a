/** Site chrome, lesson parameter controls and embedding (keys "ui.*", "params.*", "embed.*"). */
export const ui: Record<string, string> = {
};
