import { describe, expect, it } from 'vitest';
import { candidatesOfPath, fileOfPath, pathSegments, targetPath } from '../../../scripts/serve/request-target';

describe('fileOfPath', () => {
  const site = new Set(['index.html', '404.html', 'sub/index.html', 'sub', 'a b/index.html', '答问/index.html', 'zh-hant/index.html']);
  const exists = (file: string) => site.has(file) && file !== 'sub';

  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/sub/', 'sub/index.html'],
    ['/sub', 'sub/index.html'],
    ['//sub//', 'sub/index.html'],
    ['/a%20b/', 'a b/index.html'],
    ['/%E7%AD%94%E9%97%AE/', '答问/index.html'],
    ['/missing/', null],
    ['/sub/../index.html', null],
    ['/..%2f404.html', null],
    ['/%', null],
    ['/%00', null],
  ])('fileOfPath(%s) is %s', (path, file) => {
    expect(fileOfPath(path, exists)).toBe(file);
  });
});

describe('candidatesOfPath', () => {
  it.each([
    ['/', ['index.html']],
    ['/sub/', ['sub/index.html']],
    ['/sub', ['sub', 'sub/index.html']],
    ['/pagefind/pagefind.js', ['pagefind/pagefind.js', 'pagefind/pagefind.js/index.html']],
    ['/..%5csecret.txt', []],
  ])('candidatesOfPath(%s) is %j', (path, files) => {
    expect(candidatesOfPath(path)).toEqual(files);
  });
});

describe('pathSegments', () => {
  it.each([
    ['/a/b/', ['a', 'b']],
    ['/a%2Fb', null],
    ['/%2e%2e/x', null],
    ['/a%5Cb', null],
    ['/%ED%A0%80', null],
  ])('pathSegments(%s) is %j', (path, segments) => {
    expect(pathSegments(path)).toEqual(segments);
  });
});

describe('targetPath', () => {
  it.each([
    ['/a/b/?q=1', '/a/b/'],
    ['/a#x', '/a'],
    ['http://host:8080/a/b', '/a/b'],
    ['http://host', '/'],
    ['http://', null],
    ['http://x:99999/', null],
    ['*', null],
    ['a/b', null],
  ])('targetPath(%s) is %s', (target, path) => {
    expect(targetPath(target)).toBe(path);
  });
});
