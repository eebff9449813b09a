/** The pages the browser tests and the weight script visit. */
export const lessonPages = ['/', '/polling', '/long-polling', '/streaming'] as const;
