// What of the page's markup is the words a reader copies or quotes, shared by the page script and the quote code.

/** What a copy or a quote leaves out: the paragraph controls, struck-out slips and hidden search text. */
const NOT_WORDS = '.para-link, .quote-button, .note-ref, del, [hidden]';

/** Remove from copied markup what is not part of the words as they read corrected; tell whether there was any. */
export function keepWords(copy: ParentNode): boolean {
  const found = copy.querySelectorAll(NOT_WORDS);
  found.forEach((element) => element.remove());
  return found.length > 0;
}
