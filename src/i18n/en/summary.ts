/** English texts: summary. Ids are '<area>.<name>'; placeholders '{name}' are the typed parameters. */
export const summaryEn = {} as const;
