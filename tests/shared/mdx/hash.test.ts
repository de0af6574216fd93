import { describe, expect, it } from 'vitest';
import { HASH_PLACEHOLDER, isUntouched, stampHash } from '../../../src/shared/mdx/hash';

const page = (body: string) => `---\nconference: "2024-05-01-test"\nhash: "${HASH_PLACEHOLDER}"\n---\n\n${body}\n`;

describe('stampHash', () => {
  it('replaces the placeholder with 16 hex digits', () => {
    const stamped = stampHash(page('<Paragraph id="a1" line={1}>{"答。"}</Paragraph>'));
    expect(stamped).toMatch(/^---\nconference: "2024-05-01-test"\nhash: "[0-9a-f]{16}"\n---\n/);
    expect(stamped).not.toContain(HASH_PLACEHOLDER);
  });

  it('is deterministic', () => {
    expect(stampHash(page('一'))).toBe(stampHash(page('一')));
  });

  it('depends on the whole text', () => {
    const hashOf = (text: string) => /hash: "([0-9a-f]{16})"/.exec(stampHash(text))?.[1];
    expect(hashOf(page('一'))).not.toBe(hashOf(page('二')));
    expect(hashOf(page('一'))).not.toBe(hashOf(page('一').replace('2024-05-01-test', '2024-05-02-test')));
  });

  it('leaves a text without the placeholder as it is', () => {
    expect(stampHash('no frontmatter')).toBe('no frontmatter');
  });
});

describe('isUntouched', () => {
  const generated = stampHash(page('<Paragraph id="a1" line={1}>{"答。"}</Paragraph>'));

  it('accepts a file exactly as generated', () => {
    expect(isUntouched(generated)).toBe(true);
  });

  it.each([
    ['an edited paragraph', (text: string) => text.replace('答。', '答！')],
    ['an edited frontmatter value', (text: string) => text.replace('2024-05-01-test', '2024-05-01-tast')],
    ['an added line', (text: string) => `${text}\n<p>note</p>\n`],
    ['a removed trailing newline', (text: string) => text.slice(0, -1)],
    ['CRLF line endings', (text: string) => text.replaceAll('\n', '\r\n')],
    ['an edited hash', (text: string) => text.replace(/hash: "([0-9a-f])/, (_match, digit: string) => `hash: "${digit === '0' ? '1' : '0'}`)],
    ['the placeholder put back', (text: string) => text.replace(/hash: "[0-9a-f]{16}"/, `hash: "${HASH_PLACEHOLDER}"`)],
    ['the hash line removed', (text: string) => text.replace(/hash: "[0-9a-f]{16}"\n/, '')],
  ])('detects %s', (_name, edit) => {
    const edited = edit(generated);
    expect(edited).not.toBe(generated);
    expect(isUntouched(edited)).toBe(false);
  });

  it('detects a hand-written page that copies a real hash', () => {
    const hash = /hash: "[0-9a-f]{16}"/.exec(generated)?.[0] ?? '';
    expect(isUntouched(`---\n${hash}\n---\n\nhand-written\n`)).toBe(false);
  });
});
