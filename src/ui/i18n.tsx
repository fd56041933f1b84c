/**
 * The language the wizard speaks, for components: `useT()` turns a message into text in the current
 * language. Switching loads the language's catalogue first, then re-renders every text at once, so
 * answers, errors already shown, the step and focus all stay.
 */
import {
  createContext,
  Fragment,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { formatMessage, type Lang, type Msg } from '../i18n/catalogue';
import { rememberLanguage } from '../i18n/language';
import { loadAllTexts, setActiveLanguage, type Texts } from '../i18n/texts';
import { whenInteractive } from '../snapshot';

interface LanguageState {
  lang: Lang;
  /** The texts loaded for `lang` (see i18n/texts.ts). */
  catalogue: Texts;
  /** The English texts loaded: ASDM's labels, shown under Japanese ones. */
  english: Texts;
  setLanguage: (lang: Lang) => Promise<void>;
}

const LanguageContext = createContext<LanguageState>({
  lang: 'en',
  catalogue: {},
  english: {},
  setLanguage: async () => {},
});

interface Props {
  lang?: Lang;
  /** The texts to start with (main.tsx loads the first screen's before rendering). */
  catalogue?: Texts;
  /** The English texts to start with; the same as `catalogue` for English. */
  english?: Texts;
  children: ReactNode;
}

export function LanguageProvider({
  lang: initialLang = 'en',
  catalogue: initial = {},
  english: initialEnglish,
  children,
}: Props) {
  const [state, setState] = useState(() => ({
    lang: initialLang,
    catalogue: initial,
    english: initialEnglish ?? (initialLang === 'en' ? initial : {}),
  }));
  // The texts the first screen did not need: fetched once it is usable, so they never delay it
  // (never in a static render, which runs no effects).
  useEffect(() => {
    const lang = state.lang;
    void whenInteractive()
      .then(() => Promise.all([loadAllTexts(lang), loadAllTexts('en')]))
      .then(([catalogue, english]) =>
        setState((current) => (current.lang === lang ? { lang, catalogue, english } : current)),
      );
  }, [state.lang]);
  const setLanguage = useCallback(async (lang: Lang) => {
    const [catalogue, english] = await Promise.all([loadAllTexts(lang), loadAllTexts('en')]);
    setActiveLanguage(lang);
    rememberLanguage(lang);
    document.documentElement.lang = lang;
    setState({ lang, catalogue, english });
  }, []);
  const value = useMemo(() => ({ ...state, setLanguage }), [state, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export const useLanguage = (): LanguageState => useContext(LanguageContext);

/** Text of a message in the current language. */
export function useT(): (message: Msg | string) => string {
  const { catalogue } = useContext(LanguageContext);
  return useCallback((message: Msg | string) => formatMessage(catalogue, message), [catalogue]);
}

/** Text of a message in English, whatever the language (ASDM's labels). */
export function useEnglish(): (message: Msg | string) => string {
  const { english } = useContext(LanguageContext);
  return useCallback((message: Msg | string) => formatMessage(english, message), [english]);
}

/**
 * A message with inline code and elements: `backticked` parts become <code> (CLI keywords, commands),
 * and a placeholder named in `elements` becomes that React node (a link, a button, <strong>), so a
 * translation keeps each where its word order puts it. Other placeholders come from the message.
 */
export function RichText({
  message,
  elements = {},
}: {
  message: Msg;
  elements?: Readonly<Record<string, ReactNode>>;
}) {
  const { catalogue } = useContext(LanguageContext);
  // Format every placeholder except the element ones, which stay as {name} markers to split on.
  const keep = Object.fromEntries(Object.keys(elements).map((name) => [name, `{${name}}`]));
  const text = formatMessage(catalogue, { ...message, params: { ...message.params, ...keep } });
  return (
    <>
      {text
        .split('`')
        .map((part, index) =>
          index % 2 === 1 ? (
            <code key={index}>{part}</code>
          ) : (
            <Fragment key={index}>
              {part
                .split(/\{(\w+)\}/)
                .map((piece, inner) =>
                  inner % 2 === 1 && piece in elements ? (
                    <Fragment key={inner}>{elements[piece]}</Fragment>
                  ) : (
                    piece
                  ),
                )}
            </Fragment>
          ),
        )}
    </>
  );
}
