/**
 * Lists inside messages, in the language they are shown in: "A, B and C" in English, 「A、B、C」 in
 * Japanese. Built from the right out of two catalogue messages, so no language joins fragments.
 */
import { msg, type Msg } from '../../i18n/catalogue';

type Item = Msg | string;

/** "A, B and C" (one item: itself; none: ''). */
export function andList(items: readonly Item[]): Item {
  if (items.length < 2) return items[0] ?? '';
  const [first, ...rest] = items;
  return rest.length === 1
    ? msg('rules.list.and', { first: first!, last: rest[0]! })
    : msg('rules.list.comma', { first: first!, rest: andList(rest) });
}

/** "A, B, C" (one item: itself; none: ''). */
export function commaList(items: readonly Item[]): Item {
  if (items.length < 2) return items[0] ?? '';
  const [first, ...rest] = items;
  return msg('rules.list.comma', { first: first!, rest: commaList(rest) });
}
