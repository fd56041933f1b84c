/** English texts: fields. Ids are '<area>.<name>'; placeholders '{name}' are the typed parameters. */
export const fieldsEn = {} as const;
