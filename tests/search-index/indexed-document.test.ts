import { describe, expect, it } from 'vitest';
import { indexedDocument, separateWordsInHtml } from '../../src/search-index/indexed-document';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="zh-Hans"><head><title>标题</title><script type="module" src="/_astro/a.js"></script></head><body><nav><a href="/">首页</a></nav><main>${body}</main><footer>页脚</footer></body></html>`;

describe('indexedDocument', () => {
  it('keeps the html tag and the marked body whole, and drops the rest', () => {
    const body = '<article data-url="x" data-pagefind-body><h1>问题</h1><p id="p1">回答<span hidden data-pagefind-filter="outlet:新华社"></span></p></article>';
    expect(indexedDocument(page(`<p>前言</p>${body}<aside>旁注</aside>`))).toBe(`<!DOCTYPE html><html lang="zh-Hans"><body>${body}</body></html>`);
  });

  it('follows nested elements of the same name to the matching end tag', () => {
    const body = '<div data-pagefind-body><div><div>一</div></div><div>二</div></div>';
    expect(indexedDocument(page(`${body}<div>外</div>`))).toContain(`<body>${body}</body>`);
  });

  it('is not misled by > or tags written inside quoted attribute values', () => {
    const body = '<article data-conference="a > b </article>" data-pagefind-body><p title="<article>">正文</p></article>';
    expect(indexedDocument(page(`${body}<p>外</p>`))).toContain(`<body>${body}</body>`);
  });

  it('keeps every marked body, in page order', () => {
    const first = '<section data-pagefind-body>甲</section>';
    const second = '<section data-pagefind-body="">乙</section>';
    expect(indexedDocument(page(`${first}<p>外</p>${second}`))).toContain(`<body>${first}${second}</body>`);
  });

  it('does not take an attribute that only starts with the name for the marker', () => {
    expect(indexedDocument(page('<article data-pagefind-body-x>甲</article>'))).toBe(page('<article data-pagefind-body-x>甲</article>'));
  });

  it('gives a page without a marked body, or with one left open, back whole', () => {
    expect(indexedDocument(page('<article>甲</article>'))).toBe(page('<article>甲</article>'));
    const unclosed = '<!DOCTYPE html><html lang="zh-Hans"><body><article data-pagefind-body><p>甲</p></body></html>';
    expect(indexedDocument(unclosed)).toBe(unclosed);
  });
});

describe('separateWordsInHtml', () => {
  it('leaves character references whole', () => {
    expect(separateWordsInHtml('<p>R&amp;D，中&#x4e2d;</p>')).toBe('<p>R&amp;D\u200B，\u200B中&#x4e2d;</p>');
  });

  it('breaks the text into words and leaves tags, attributes, scripts and styles alone', () => {
    const html = '<html lang="zh-Hans"><body><article data-conference="中国外交"><h1>中国</h1><script>var 中文 = 1;</script><style>p::before{content:"中文"}</style><p id="a1">回<ins id="c1">避</ins>问题</p></article></body></html>';
    expect(separateWordsInHtml(html)).toBe(
      '<html lang="zh-Hans"><body><article data-conference="中国外交"><h1>中\u200B国</h1><script>var 中文 = 1;</script><style>p::before{content:"中文"}</style><p id="a1">回<ins id="c1">避</ins>问\u200B题</p></article></body></html>',
    );
  });
});
