/**
 * Type-level helpers that make the English catalogue the contract of every translation: a message's
 * parameters are the `{name}` placeholders of its English text, and a translation must use exactly
 * the same ones (a missing, extra or misspelt placeholder fails `npm run typecheck`).
 */

/** The placeholder names of a message text: 'Use {min}–{max}.' → 'min' | 'max'. */
export type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * What a translation of catalogue part E must look like, given the translation T actually written:
 * every key of E, no other key, and each text with the English text's placeholders.
 */
export type TranslationOf<E, T> = {
  [K in keyof E]: K extends keyof T
    ? Same<Placeholders<T[K]>, Placeholders<E[K]>> extends true
      ? string
      : `placeholders must be exactly: ${Placeholders<E[K]> & string}`
    : never;
} & { [K in Exclude<keyof T, keyof E>]: never };

/**
 * Declares the translation of one English catalogue part: `translationOf<typeof stepsEn>()({ … })`.
 * The call is an identity at run time; its type checks the text against the English part.
 */
export function translationOf<E>() {
  return <const T extends Record<keyof E, string>>(texts: T & TranslationOf<E, T>): T => texts;
}
