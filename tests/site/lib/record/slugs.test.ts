import { describe, expect, it } from 'vitest';
import { assignSlugs, nameSlug } from '../../../../src/site/lib/record/slugs';

describe('nameSlug', () => {
  it.each([
    ['王毅', '王毅'],
    ['Lin Yuan', 'lin-yuan'],
    ['阿不都热依木·喀德尔', '阿不都热依木-喀德尔'],
    ['彭博社、路透社', '彭博社-路透社'],
    ['a/b', 'a-b'],
    ['《人民日报》', '人民日报'],
    ['···', 'name'],
    ['2', 'name-2'],
    ['２０２４', '２０２４'],
  ])('%s → %s', (name, slug) => {
    expect(nameSlug(name)).toBe(slug);
  });
});

describe('assignSlugs', () => {
  it('numbers names whose slugs collide, in code-point order of the names', () => {
    expect([...assignSlugs(['lin·yuan', 'Lin Yuan', '王毅'])]).toEqual([
      ['Lin Yuan', 'lin-yuan'],
      ['lin·yuan', 'lin-yuan-2'],
      ['王毅', '王毅'],
    ]);
  });

  it('gives the same slugs whatever the order of the names', () => {
    expect([...assignSlugs(['b', 'B', 'a'])].sort()).toEqual([...assignSlugs(['a', 'B', 'b'])].sort());
  });
});
