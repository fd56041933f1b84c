/** English texts: validation. Ids are '<area>.<name>'; placeholders '{name}' are the typed parameters. */
export const validationEn = {} as const;
