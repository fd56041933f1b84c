/**
 * Messages by id. Domain code, renderers and components hold `Msg` values (an id and its named
 * parameters), never finished sentences; the text is produced where it is shown, in the language
 * chosen then, so a language switch re-renders every message already on screen.
 */
import type { en, MessageId } from './en';
import type { Placeholders } from './placeholders';

export type { MessageId } from './en';
export type Lang = 'en' | 'ja';
export const LANGUAGES: readonly Lang[] = ['en', 'ja'];

/** A catalogue in one language: the same ids as English, each with a text. */
export type Catalogue = Record<MessageId, string>;

/** A parameter: plain text or a number (printed as typed), or another message (a label, say). */
export type Param = string | number | Msg;

export interface Msg {
  readonly id: MessageId;
  readonly params?: Readonly<Record<string, Param>>;
}

type ParamsOf<K extends MessageId> = { readonly [P in Placeholders<(typeof en)[K]>]: Param };

/** A message; its parameters are required exactly when its English text has placeholders. */
export function msg<K extends MessageId>(
  id: K,
  ...params: [Placeholders<(typeof en)[K]>] extends [never] ? [] : [ParamsOf<K>]
): Msg {
  return params.length === 0 ? { id } : { id, params: params[0] as Record<string, Param> };
}

export const isMsg = (value: unknown): value is Msg =>
  typeof value === 'object' && value !== null && typeof (value as Msg).id === 'string';

/**
 * The text of a message in a catalogue; parameters that are messages are formatted likewise. A text
 * not loaded yet (see texts.ts) is empty until it arrives, never the bare id.
 */
export function formatMessage(catalogue: Partial<Catalogue>, message: Msg | string): string {
  if (typeof message === 'string') return message;
  const text = catalogue[message.id] ?? '';
  const params = message.params;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? formatMessage(catalogue, value) : String(value);
  });
}

/**
 * zod issues carry a string message: a Msg travels through them encoded, and validation decodes it
 * back (src/domain/validate.ts). The marker cannot start a real message.
 */
const MSG_MARKER = '\u0000msg:';

export const encodeMsg = (message: Msg): string => MSG_MARKER + JSON.stringify(message);

export function decodeMsg(text: string): Msg | string {
  if (!text.startsWith(MSG_MARKER)) return text;
  try {
    const value: unknown = JSON.parse(text.slice(MSG_MARKER.length));
    return isMsg(value) ? value : text;
  } catch {
    return text;
  }
}
