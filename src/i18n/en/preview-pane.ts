/** English texts: preview-pane. Ids are '<area>.<name>'; placeholders '{name}' are the typed parameters. */
export const previewPaneEn = {} as const;
