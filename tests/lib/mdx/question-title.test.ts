import { describe, expect, it } from 'vitest';
import { questionTitle } from '../../../src/lib/mdx/question-title';

describe('questionTitle', () => {
  it.each([
    ['郑主任您好。我想问一下，今年经济增长目标的依据是什么？', '今年经济增长目标的依据是什么？'],
    ['司长，你好。请问今年的财政赤字率为什么定在3%？', '今年的财政赤字率为什么定在3%？'],
    ['总理好。谢谢总理。我是新华社记者。外界关注中国的就业形势，您怎么看？', '外界关注中国的就业形势，您怎么看？'],
    ['有报道说，今年前十个月中国同东盟的贸易额保持增长。请问中方对此有何评论？', '中方对此有何评论？'],
    ['国际社会竞相提出人工智能全球治理方案，中方对大国间就人工智能开展合作持何立场？', '中方对大国间就人工智能开展合作持何立场？'],
    ['谢谢。我们注意到近期中美经贸团队举行了会谈。', '我们注意到近期中美经贸团队举行了会谈。'],
    ['中国与欧盟关系的前景如何？中国对欧洲有何期待？如何看待有的欧洲国家未能加入“一带一路”？', '中国与欧盟关系的前景如何？'],
    ['我有两个问题。第一，中方如何评价此次访问的成果？第二，下一步有何安排？', '中方如何评价此次访问的成果？'],
    ['谢谢主持人。我是路透社记者。请问，美国大选后中美关系将走向何方？', '美国大选后中美关系将走向何方？'],
    ['司長，你好。請問政府會否延長有關措施？', '政府會否延長有關措施？'],
    ['主任，您好！今年的物价目标怎么定？', '今年的物价目标怎么定？'],
    ['对此，请问中方有何评论？', '中方有何评论？'],
    ['美方近日宣布对华加征关税，中方怎么看？', '美方近日宣布对华加征关税，中方怎么看？'],
    ['首先请您介绍一下，中国外交在去年取得了哪些突出的成果？中央外事工作会议指出，要推进中国特色大国外交。', '中国外交在去年取得了哪些突出的成果？'],
    ['', ''],
  ])('%s → %s', (text, title) => {
    expect(questionTitle(text)).toBe(title);
  });

  it('cuts a long sentence at a word boundary, never inside a word', () => {
    const title = questionTitle('中国外交将如何更好服务中国式现代化和高质量发展以及构建新发展格局？');
    expect(title).toBe('中国外交将如何更好服务中国式现代化和高质量发展…');
  });

  it('cuts a long first clause at a clause boundary when one is near', () => {
    const title = questionTitle('随着全球经济复苏乏力、地缘政治冲突持续、贸易保护主义抬头以及多边机制受到冲击，国际社会普遍关注今年全球经济走势。');
    expect([...title].length).toBeLessThanOrEqual(24);
    expect(title).toMatch(/^随着全球经济复苏乏力、地缘政治冲突持续、?…$/u);
  });

  it('stays within its length however long the text', () => {
    const title = questionTitle('问'.repeat(10_000_000));
    expect([...title].length).toBeLessThanOrEqual(24);
  });

  it('falls back to the first sentence when every sentence is a greeting', () => {
    expect(questionTitle('总理好。')).toBe('总理好。');
  });
});
