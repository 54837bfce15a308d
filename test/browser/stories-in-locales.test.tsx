import { composeStories } from '@storybook/react-vite';
import { clearAllMocks } from 'storybook/test';
import { beforeEach, describe, expect, it } from 'vitest';
import preview from '../../.storybook/preview.js';

/** What the test uses of a composed story, whichever module it comes from. */
interface ComposedStory {
  play?: unknown;
  run: () => Promise<void>;
}

/**
 * Every story's play function with the toolbar set to another language, through the same
 * preview (decorators and all) as Storybook: the Storybook project runs the plays in US English
 * only, and a play that looked for English words would fail for anyone who switched the
 * toolbar. German, French (a no-break space before each colon), Japanese (no plural forms,
 * another script) and Polish (plural forms for few and many) cover the ways the languages
 * differ; every locale of the toolbar passes too, but takes half a minute more. Every story
 * file is read, so a new one is covered without a change here.
 */
const modules = import.meta.glob<Parameters<typeof composeStories>[0]>(
  '../../stories/**/*.stories.tsx',
  { eager: true },
);
const locales = ['de-DE', 'fr-FR', 'ja-JP', 'pl-PL'];

// Storybook clears the stories' spies (`fn()` in args) before each story; so does this test.
beforeEach(() => {
  clearAllMocks();
});

for (const locale of locales) {
  describe(`in ${locale}`, () => {
    for (const [file, module] of Object.entries(modules)) {
      const composed = composeStories(module, {
        ...preview,
        initialGlobals: { ...preview.initialGlobals, locale },
      });
      const stories = Object.entries(composed) as [string, ComposedStory][];
      const withPlay = stories.filter(([, story]) => story.play);
      it.each(withPlay)(
        `${file.replace('../../stories/', '')}: %s passes its play`,
        async (_, Story) => {
          await Story.run();
          // The story really rendered in that language, not in the default one.
          expect(document.querySelector(`[lang="${locale}"]`)).not.toBeNull();
        },
      );
    }
  });
}
