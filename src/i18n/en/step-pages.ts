/** English texts: step-pages. Ids are '<area>.<name>'; placeholders '{name}' are the typed parameters. */
export const stepPagesEn = {} as const;
