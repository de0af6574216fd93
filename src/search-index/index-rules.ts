/**
 * Elements the search index leaves out of a paragraph, so that its indexed text is the corrected
 * reading a reader sees and quotes: the struck printed slip (`<del>`) and any hidden copy beside it.
 * Both wordings of a correction stay searchable through the page's hidden correction spans
 * (`correctionSpanId`), which link a match back to its paragraph.
 * @see https://pagefind.app/docs/node-api/ (`excludeSelectors`)
 */
export const EXCLUDED_FROM_INDEX = ['p del', 'p [hidden]'] as const;
