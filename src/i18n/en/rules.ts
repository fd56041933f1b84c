/** English texts: rules. Ids are '<area>.<name>'; placeholders '{name}' are the typed parameters. */
export const rulesEn = {} as const;
