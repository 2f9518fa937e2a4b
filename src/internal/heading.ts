/**
 * The `heading-level` attribute (GOV.UK components' headingLevel): the level, 2 to 6, at which an element's titles sit
 * in the page's outline. A level out of range is brought into it; anything that is not a number gives the default, 2.
 */
export const headingLevel = (value: unknown): number => Math.min(6, Math.max(2, Math.round(Number(value)) || 2));
