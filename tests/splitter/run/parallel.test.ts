import { describe, expect, it } from 'vitest';
import { assembleArchive, buildArchive, type SourceFile } from '../../../src/splitter/archive/build';
import { buildConferencesInParallel } from '../../../src/splitter/run/parallel';
import { SMALL, smallName } from '../../helpers/many-transcripts';

const encode = (text: string) => new TextEncoder().encode(text);
const transcripts: SourceFile<Uint8Array>[] = Array.from({ length: 60 }, (_, index) => ({ path: smallName(index + 1), content: encode(SMALL) }));

describe('buildConferencesInParallel', () => {
  it('gives the archive one thread gives, byte for byte and in the same order', async () => {
    const parts = await buildConferencesInParallel(transcripts, []);
    expect(parts.length).toBeGreaterThan(1);
    const parallel = assembleArchive(parts, transcripts.map((transcript) => transcript.path), []);
    expect(parallel).toEqual(buildArchive(transcripts, []));
  }, 120_000);

  it('brings back every problem as the error one thread reports, in file order', async () => {
    const broken = transcripts.map((transcript, index) => (index % 20 === 7 ? { ...transcript, content: encode(SMALL.replace('王毅：', '王毅：\u0007')) } : transcript));
    const parallel = assembleArchive(await buildConferencesInParallel(broken, []), broken.map((transcript) => transcript.path), []);
    const alone = buildArchive(broken, []);
    expect(parallel.ok).toBe(false);
    expect(parallel.ok ? [] : parallel.errors.map((error) => [error.name, error.message])).toEqual(alone.ok ? [] : alone.errors.map((error) => [error.name, error.message]));
    expect(parallel.ok ? 0 : parallel.errors.length).toBe(3);
  }, 120_000);

  it('builds a few transcripts in this thread', async () => {
    expect(await buildConferencesInParallel(transcripts.slice(0, 3), [])).toHaveLength(1);
  });
});
