import { describe, expect, it } from 'vitest';
import { outletEnglishOf, outletName } from '../../src/shared/outlets';
import { toTraditional } from '../../src/splitter/script/convert';

describe('outletName', () => {
  it.each([
    ['人民日报', '人民日报'],
    ['《人民日报》', '人民日报'],
    ['《人民日報》', '人民日報'],
    ['中新社', '中新社'],
    ['中国新闻社', '中新社'],
    ['中國新聞社', '中新社'],
    ['总台央视', '总台央视'],
    ['中央广播电视总台央视', '总台央视'],
    ['中央廣播電視總臺央視', '總臺央視'],
    ['彭博社', '彭博社'],
    ['《某某晚报》', '某某晚报'],
    ['香港某台', '香港某台'],
  ])('%s is filed under %s', (printed, expected) => expect(outletName(printed)).toBe(expected));
});

describe('outletEnglishOf', () => {
  it.each([
    ['《人民日报》', "People's Daily"],
    ['中国新闻社', 'China News Service'],
    ['中央广播电视总台央视', 'CCTV'],
    ['中央廣播電視總臺央視', 'CCTV'],
    ['法新社', 'AFP'],
    ['路透社', 'Reuters'],
    ['某某晚报', undefined],
    ['记者', undefined],
  ])('%s → %s', (printed, expected) => expect(outletEnglishOf(printed)).toBe(expected));
});

describe('the table in traditional script', () => {
  it('names each outlet as the site converts its simplified names', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(new URL('../../src/shared/outlets.ts', import.meta.url), 'utf8');
    const rows = [...source.matchAll(/hans: \[([^\]]+)\],\s*hant: \[([^\]]+)\]/g)].map(([, hans = '', hant = '']) => [hans, hant].map((list) => [...list.matchAll(/'([^']+)'/g)].map((match) => match[1])));
    expect(rows.length).toBeGreaterThan(20);
    for (const [hans = [], hant = []] of rows) expect(hant, hans.join('、')).toEqual(hans.map((name) => toTraditional(name ?? '')));
  });
});
