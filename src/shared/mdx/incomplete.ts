import type { DroppedText } from '../transcript/noise';

// A note of the source that part of the record is printed elsewhere: `（請同時參閱答問內容的英文部分。）`,
// `（只有英文）`, `（另见英文版）`. Left out of the text as noise, it must still reach the reader.
const SAYS_INCOMPLETE = /請同時參閱|请同时参阅|請參閱|请参阅|另見|另见|只有中文|只有英文|僅有英文|仅有英文|僅有中文|仅有中文|英文部分|英文部份|英文版|中文部分|中文部份/u;

/** Give the lines left out of a transcript that say its text is incomplete, as printed, in order. */
export function incompleteNotes(dropped: readonly DroppedText[]): string[] {
  return [...new Set(dropped.filter((line) => line.kind !== 'editorial' && SAYS_INCOMPLETE.test(line.text)).map((line) => line.text))];
}
