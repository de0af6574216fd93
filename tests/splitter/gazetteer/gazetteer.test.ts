import { describe, expect, it } from 'vitest';
import { ALIASES } from '../../../src/splitter/gazetteer/aliases';
import { buildGazetteer, regionsNamedIn } from '../../../src/splitter/gazetteer/gazetteer';
import { cldrRegions } from '../../../src/splitter/gazetteer/regions';
import { toTraditional } from '../../../src/splitter/script/convert';

const gazetteer = buildGazetteer(toTraditional);
const named = (text: string) => regionsNamedIn(text, gazetteer);

describe('cldrRegions', () => {
  it('takes its names from CLDR, in both scripts and English, with areas and no pseudo-regions', () => {
    const regions = new Map(cldrRegions().map((region) => [region.code, region]));
    expect(regions.get('FR')).toEqual({ code: 'FR', hans: '法国', hant: '法國', short: '法国', en: 'France', area: false });
    expect(regions.get('HK')).toMatchObject({ hans: '中国香港特别行政区', short: '香港' });
    expect(regions.get('013')).toMatchObject({ hans: '中美洲', area: true });
    expect(regions.size).toBeGreaterThan(250);
    for (const code of ['ZZ', 'XA', 'XB', 'EZ', 'UN', '001']) expect(regions.has(code), code).toBe(false);
    // Retired codes name today's countries: 德国 is DE, never East Germany's DD.
    for (const code of ['DD', 'YU', 'SU', 'ZR', 'FX']) expect(regions.has(code), code).toBe(false);
  });
});

describe('regionsNamedIn', () => {
  it.each([
    ['a country in simplified characters', '法国总统将访华。', ['FR']],
    ['a country in traditional characters', '法國總統將訪華。', ['FR']],
    ['Taiwan usage from CLDR', '北韓與南韓', ['KP', 'KR']],
    ['mainland traditional forms, converted', '朝鮮和韓國', ['KP', 'KR']],
    ['the longest name at each place', '印度尼西亚和印度', ['ID', 'IN']],
    ['a side', '美方应当停止', ['US']],
    ['a pair', '中美关系', ['CN', 'US']],
    ['Central America, not China and the US', '中美洲国家', ['013']],
    ['Palestine and Israel in one word', '巴以冲突', ['PS', 'IL']],
    ['the Korean Peninsula', '朝鲜半岛局势', ['KP', 'KR']],
    ['China–Africa, not Middle Africa', '中非合作论坛', ['CN', '002']],
    ['the Central African Republic', '中非共和国', ['CF']],
    ['Hong Kong as the text names it', '香港特区政府', ['HK']],
    ['each once, in the order first named', '日本、美国和日本', ['JP', 'US']],
    ['a short name CLDR lacks', '沙特伊朗和解', ['SA', 'IR']],
    ['a short name in CLDR\'s short style', '巴勒斯坦问题', ['PS']],
    ['nothing', '我们注意到了有关报道。', []],
  ])('finds %s', (_name, text, codes) => {
    expect(named(text)).toEqual(codes);
  });

  it('gives every alias a reason and only codes CLDR knows', () => {
    const codes = new Set(cldrRegions().map((region) => region.code));
    for (const alias of ALIASES) {
      expect(alias.reason.length, alias.name).toBeGreaterThan(10);
      for (const code of alias.codes) expect(codes.has(code), `${alias.name}: ${code}`).toBe(true);
    }
  });

  it('reads a long text in linear time', () => {
    const text = '中美洲'.repeat(100_000);
    expect(named(text)).toEqual(['013']);
  });
});
