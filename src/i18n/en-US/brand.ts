/** BrandBadge's strings. */
export const brandEnUS = {
  /** Shown when the vendor code is empty or not a string. */
  unknown: 'Unknown brand',
};
