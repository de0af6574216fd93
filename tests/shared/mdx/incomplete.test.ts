import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/splitter/archive/build';
import { incompleteNotes } from '../../../src/shared/mdx/incomplete';
import type { DroppedText } from '../../../src/shared/transcript/noise';

const note = (text: string, kind: DroppedText['kind'] = 'note'): DroppedText => ({ line: 3, text, kind });

describe('incompleteNotes', () => {
  it.each([
    ['（請同時參閱答問內容的英文部分。）'],
    ['（请同时参阅答问内容的英文部分。）'],
    ['（只有英文）'],
    ['（另见英文版）'],
  ])('keeps %s', (text) => {
    expect(incompleteNotes([note(text)])).toEqual([text]);
  });

  it.each([['（註：以上為速記稿）'], ['分享到：微博'], ['10:32']])('leaves out %s, which says nothing is missing', (text) => {
    expect(incompleteNotes([note(text), note(text, 'share')])).toEqual([]);
  });

  it('gives each note once', () => {
    expect(incompleteNotes([note('（只有英文）'), note('（只有英文）')])).toEqual(['（只有英文）']);
  });
});

describe('a conference whose source says part of the Q&A is elsewhere', () => {
  it('carries the note as printed into its conference page, in both scripts', () => {
    const path = 'content/transcripts/2015-02-25-hk-budget.txt';
    const text = readFileSync(new URL('../../fixtures/layouts/2015-02-25-hk-budget.txt', import.meta.url));
    const result = buildArchive([{ path, content: new Uint8Array(text) }], []);
    if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
    const page = (file: string) => result.files.find((generated) => generated.path === file)?.text ?? '';
    expect(page('zh-hant/2015-02-25-hk-budget/index.mdx')).toContain('incomplete:\n  - "（請同時參閱答問內容的英文部分。）"\n');
    expect(page('zh-hans/2015-02-25-hk-budget/index.mdx')).toContain('incomplete:\n  - "（请同时参阅答问内容的英文部分。）"\n');
  });

  it('adds nothing to the pages of a conference without such a note', () => {
    const path = 'content/transcripts/2024-03-07-wang-yi.txt';
    const text = readFileSync(new URL('../../../content/transcripts/2024-03-07-wang-yi.txt', import.meta.url));
    const result = buildArchive([{ path, content: new Uint8Array(text) }], []);
    expect(result.ok && result.files.some((file) => file.text.includes('incomplete:'))).toBe(false);
  });
});
