import type { ReactRenderer } from '@storybook/react-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';

interface DocgenProp {
  description?: string;
  defaultValue?: { value?: unknown; computed?: boolean };
}

/** The text of a JSDoc `@default` tag in a docgen description, on one line, without backticks. */
function statedDefault(description: string | undefined): string | undefined {
  const tag = /(?:^|\n)\s*@default\s+([\s\S]*?)(?=\n\s*@\w|$)/.exec(description ?? '');
  const text = tag?.[1]?.replace(/`/g, '').replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/**
 * The props table's Default column, as the JSDoc says it for hosts: react-docgen reads only
 * defaults written in the component's parameters, and there it shows the source as written,
 * an internal constant's name (`bundledCatalogue`) as readily as a literal. Each prop's
 * `@default` tag wins; a default that is only an internal name, with no tag, is left out.
 */
export const readableDefaults: ArgTypesEnhancer<ReactRenderer> = (context) => {
  const component = context.component as { __docgenInfo?: { props?: Record<string, DocgenProp> } };
  const props = component?.__docgenInfo?.props ?? {};
  return Object.fromEntries(
    Object.entries(context.argTypes).map(([name, argType]) => {
      const prop = props[name];
      if (!prop) return [name, argType];
      const stated = statedDefault(prop.description);
      if (stated !== undefined) {
        return [
          name,
          { ...argType, table: { ...argType.table, defaultValue: { summary: stated } } },
        ];
      }
      if (prop.defaultValue?.computed) {
        const { defaultValue: _internal, ...table } = argType.table ?? {};
        return [name, { ...argType, table }];
      }
      return [name, argType];
    }),
  );
};
