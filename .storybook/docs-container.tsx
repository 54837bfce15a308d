import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks';
import { type PropsWithChildren, useEffect, useState } from 'react';
import { themes } from 'storybook/theming';
import { useToolbarGlobals } from './host-settings.js';

/** Whether the system asks for dark, followed as it changes. */
function useSystemDark(): boolean {
  const [dark, setDark] = useState(false);
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const update = () => setDark(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return dark;
}

/**
 * Docs pages in the toolbar's theme: the page, its text and the frames around each story turn
 * dark with the components, instead of leaving them on a white page.
 */
export function ThemedDocsContainer({ children, ...props }: PropsWithChildren<DocsContainerProps>) {
  const { theme } = useToolbarGlobals(props.context.channel);
  const systemDark = useSystemDark();
  const dark = theme === 'dark' || (theme === 'system' && systemDark);
  return (
    <DocsContainer {...props} theme={dark ? themes.dark : themes.light}>
      {children}
    </DocsContainer>
  );
}
