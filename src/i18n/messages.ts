/**
 * Every string the components show, in one place. English (en-US) is the built-in default;
 * other locales provide the same shape.
 */
export const enUS = {
  brand: {
    /** Shown when the vendor code is empty or not a string. */
    unknown: 'Unknown brand',
  },
};

/** The shape every locale's messages follow. */
export type Messages = typeof enUS;
