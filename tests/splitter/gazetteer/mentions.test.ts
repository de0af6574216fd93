import { describe, expect, it } from 'vitest';
import { mentionFinder } from '../../../src/splitter/gazetteer/mentions';
import { toTraditional } from '../../../src/splitter/script/convert';

const find = mentionFinder(toTraditional);
const paragraphs = (...texts: string[]) => texts.map((text) => ({ text }));

describe('mentionFinder', () => {
  it('gives the regions named in the question and those named in the answer, each in its own order', () => {
    const mentions = find({ question: paragraphs('请问中方如何看待朝鲜半岛局势？'), answer: paragraphs('我们同韩国保持沟通。', '美方应当停止施压，中方的立场是一贯的。') });
    expect(mentions.question.map((region) => region.code)).toEqual(['CN', 'KP', 'KR']);
    expect(mentions.answer.map((region) => region.code)).toEqual(['KR', 'US', 'CN']);
  });

  it('names each region in both scripts by its short name, traditional as the pages convert it', () => {
    const [hongKong, northKorea] = find({ question: paragraphs('香港和朝鲜'), answer: [] }).question;
    expect(hongKong?.names).toEqual({ 'zh-Hans': '香港', 'zh-Hant': '香港' });
    expect(northKorea?.names).toEqual({ 'zh-Hans': '朝鲜', 'zh-Hant': '朝鮮' });
  });

  it('reads a traditional source too', () => {
    expect(find({ question: [], answer: paragraphs('法國與德國') }).answer.map((region) => region.code)).toEqual(['FR', 'DE']);
  });

  it('does not read a region across two paragraphs', () => {
    // `中` ends one paragraph and `美洲` starts the next: the Americas, not China and the US.
    expect(find({ question: paragraphs('这是中', '美洲的事'), answer: [] }).question.map((region) => region.code)).toEqual(['019']);
  });
});
