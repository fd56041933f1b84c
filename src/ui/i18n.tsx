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
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { formatMessage, type Catalogue, type Lang, type Msg } from '../i18n/catalogue';
import { en } from '../i18n/en';
import { loadCatalogue, rememberLanguage } from '../i18n/language';

interface LanguageState {
  lang: Lang;
  catalogue: Catalogue;
  setLanguage: (lang: Lang) => Promise<void>;
}

const LanguageContext = createContext<LanguageState>({
  lang: 'en',
  catalogue: en,
  setLanguage: async () => {},
});

interface Props {
  lang?: Lang;
  catalogue?: Catalogue;
  children: ReactNode;
}

export function LanguageProvider({
  lang: initialLang = 'en',
  catalogue: initial = en,
  children,
}: Props) {
  const [state, setState] = useState({ lang: initialLang, catalogue: initial });
  const setLanguage = useCallback(async (lang: Lang) => {
    const catalogue = await loadCatalogue(lang);
    rememberLanguage(lang);
    document.documentElement.lang = lang;
    setState({ lang, catalogue });
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
