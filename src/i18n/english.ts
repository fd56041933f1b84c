/**
 * English text of a message: the command line's default language and the English contract of the
 * tests. Imports the whole English catalogue: not for browser code (which shows the texts it loaded,
 * src/i18n/texts.ts); the renderers of the lazily loaded preview may use it.
 */
import { formatMessage, type Msg } from './catalogue';
import { en } from './en';

export const english = (message: Msg | string): string => formatMessage(en, message);
