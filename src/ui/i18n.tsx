/**
 * The language the wizard speaks, for components: `useT()` turns a message into text in the current
 * language. Switching loads the language's catalogue first, then re-renders every text at once, so
 * answers, errors already shown, the step and focus all stay.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
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
 * A message with inline code: `backticked` parts become <code> (CLI keywords, commands), so a
 * translation keeps them where its word order puts them.
 */
export function RichText({ message }: { message: Msg | string }) {
  const text = useT()(message);
  const parts = text.split('`');
  return (
    <>{parts.map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part))}</>
  );
}
