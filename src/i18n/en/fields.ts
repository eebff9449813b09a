/** What each annotated protocol field means, for the byte inspector (keys "field.*"). */
export const fields: Record<string, string> = {
};
