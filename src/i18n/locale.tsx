import { createContext, type ReactNode, useContext } from 'react';

const LocaleContext = createContext('en-US');

export interface LocaleProviderProps {
  /** A BCP 47 locale (`de-DE`) for every component inside. */
  locale: string;
  children?: ReactNode;
}

/** Sets the locale of every intervention-ui component inside it. */
export function LocaleProvider({ locale, children }: LocaleProviderProps) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/** The locale to use: the component's own prop, else the nearest provider's, else en-US. */
export function useLocale(own?: string): string {
  const inherited = useContext(LocaleContext);
  return own ?? inherited;
}
