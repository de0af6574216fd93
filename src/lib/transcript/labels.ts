/** A speaker label at the start of a paragraph: `王毅：…` or `《人民日报》记者：…`. */
export interface SpeakerLabel {
  /** The label as printed, without the colon. */
  speaker: string;
  /** The paragraph after the label. */
  rest: string;
}

// A label is a short run without sentence punctuation or spaces, then a colon; this keeps
// sentences that merely end in a colon ("我认为，“四个坚持”至关重要：") from reading as labels.
const LABEL = /^([^\s，。！？；：、“”‘’「」『』（）(),.!?;:]{1,24})[：:]/u;
const REPORTER = /[记記]者$/u;

/** Read the speaker label at the start of a paragraph, if it has one. */
export function speakerLabelOf(text: string): SpeakerLabel | null {
  const match = LABEL.exec(text);
  if (!match?.[1]) return null;
  return { speaker: match[1], rest: text.slice(match[0].length) };
}

/** Tell whether a label is a reporter's (`…记者`). */
export function isReporter(speaker: string): boolean {
  return REPORTER.test(speaker);
}

/** Give the outlet named by a reporter's label: the label without `记者`. */
export function outletOf(speaker: string): string {
  return speaker.replace(REPORTER, '');
}
