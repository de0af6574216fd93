import { describe, expect, it } from 'vitest';
import { questionRedirects } from '../../../src/site/lib/question-redirects';

describe('questionRedirects', () => {
  it('leads each shorter form of a padded question number to the page, in both scripts', () => {
    expect(questionRedirects(['/2024-03-07-wang-yi/05/', '/zh-hant/2024-03-07-wang-yi/05/', '/2024-03-07-wang-yi/12/'])).toEqual([
      { from: '/2024-03-07-wang-yi/5/', to: '../05/' },
      { from: '/zh-hant/2024-03-07-wang-yi/5/', to: '../05/' },
    ]);
  });

  it('gives every shorter form of a three-digit number', () => {
    expect(questionRedirects(['/2024-01-01-long/007/'])).toEqual([
      { from: '/2024-01-01-long/07/', to: '../007/' },
      { from: '/2024-01-01-long/7/', to: '../007/' },
    ]);
  });

  it('leaves other pages alone', () => {
    expect(questionRedirects(['/', '/2024/', '/2024/03/', '/2024-03-07-wang-yi/', '/2024-03-07-wang-yi/full/', '/search/', '/2024-03-07-wang-yi/10/'])).toEqual([]);
  });
});
