/** English texts: help. Ids are '<area>.<name>'; placeholders '{name}' are the typed parameters. */
export const helpEn = {} as const;
