/** English texts: chrome. Ids are '<area>.<name>'; placeholders '{name}' are the typed parameters. */
export const chromeEn = {} as const;
