import { describe, expect, it } from 'vitest';
import { decodeTranscript } from '../../../src/splitter/transcript/decode';
import { transcriptErrorOf } from '../../helpers/transcript';

const FILE = 'content/transcripts/2024-03-07-wang-yi.txt';
const utf8 = (text: string) => new TextEncoder().encode(text);
/** "中文记者" in GBK, as a transcript saved in the wrong encoding would hold it. */
const GBK = [0xd6, 0xd0, 0xce, 0xc4, 0xbc, 0xc7, 0xd5, 0xdf];

describe('decodeTranscript', () => {
  it('decodes UTF-8', () => {
    expect(decodeTranscript(utf8('标题\n王毅：答。\n'), FILE)).toBe('标题\n王毅：答。\n');
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(decodeTranscript(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('标题')]), FILE)).toBe('标题');
  });

  it('fails on GBK bytes at the line they are on, with the full message', () => {
    const bytes = new Uint8Array([...utf8('标题\n\n'), ...GBK, ...utf8('\n王毅：答。\n')]);
    const error = transcriptErrorOf(() => decodeTranscript(bytes, FILE));
    expect(error.location).toEqual({ file: FILE, line: 3 });
    expect(error.message).toMatchInlineSnapshot(`
      "content/transcripts/2024-03-07-wang-yi.txt:3: the file is not valid UTF-8
        Save the transcript as UTF-8 text (without another encoding such as GB 18030 or UTF-16)."
    `);
  });

  it.each([
    ['on the first line', [...GBK], 1],
    ['on a last line without a newline', [...utf8('一\n二\n'), ...GBK], 3],
    ['after CRLF lines', [...utf8('一\r\n二\r\n三\r\n'), 0xff], 4],
    ['in a truncated UTF-8 sequence', [...utf8('一\n'), 0xe4, 0xb8], 2],
  ])('points at the line %s', (_name, bytes, line) => {
    expect(transcriptErrorOf(() => decodeTranscript(new Uint8Array(bytes), FILE)).location.line).toBe(line);
  });

  it('fails on UTF-16 text at line 1', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x07, 0x68, 0x98, 0x98]);
    expect(transcriptErrorOf(() => decodeTranscript(utf16, FILE)).location.line).toBe(1);
  });
});
