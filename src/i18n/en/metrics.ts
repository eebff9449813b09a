/** Metrics table labels and units (keys "metrics.*"). */
export const metrics: Record<string, string> = {
};
