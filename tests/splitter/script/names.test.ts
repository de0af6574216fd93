import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/splitter/archive/build';
import { toSimplified, toTraditional } from '../../../src/splitter/script/convert';
import { convertName, GIVEN_NAME_CHARACTERS, namesOf, protectNames, SURNAME_CHARACTERS } from '../../../src/splitter/script/names';
import { parseTranscript } from '../../../src/splitter/transcript/parse';
import { lines } from '../../helpers/transcript';

describe('convertName', () => {
  it.each([
    ['周岩', '周岩'],
    ['于洪君', '于洪君'],
    ['范长龙', '范長龍'],
    ['胡占凡', '胡占凡'],
    ['王岩', '王岩'],
    ['余光中', '余光中'],
    ['张军', '張軍'],
    ['赵立坚', '趙立堅'],
  ])('keeps %s a name in traditional script: %s', (name, traditional) => {
    expect(convertName(name, toTraditional)).toBe(traditional);
  });

  it('reads a surname character only at the start of a name', () => {
    expect(convertName('范', toTraditional)).toBe('范');
    expect(convertName('王于', toTraditional)).toBe('王於');
  });

  it('gives a traditional name back in simplified script', () => {
    expect(convertName('范長龍', (text) => toSimplified(text, 'tw'))).toBe('范长龙');
  });
});

describe.each([...SURNAME_CHARACTERS].map(([character, reason]) => [character, reason] as const))('surname %s', (character, reason) => {
  it('is needed and has a reason', () => {
    expect(toTraditional(`${character}明`)).not.toBe(`${character}明`);
    expect(reason.length).toBeGreaterThan(10);
  });
  it('stays as printed at the start of a name', () => {
    expect([...convertName(`${character}明`, toTraditional)][0]).toBe(character);
  });
});

describe.each([...GIVEN_NAME_CHARACTERS].map(([character, reason]) => [character, reason] as const))('given-name character %s', (character, reason) => {
  it('is needed and has a reason', () => {
    expect(toTraditional(`李${character}`)).not.toBe(`李${character}`);
    expect(reason.length).toBeGreaterThan(10);
  });
  it('stays as printed anywhere in a name', () => {
    expect(convertName(`李${character}`, toTraditional)).toBe(`李${character}`);
    expect(convertName(`${character}明`, toTraditional)).toBe(`${character}明`);
  });
});

describe('protectNames', () => {
  const convert = protectNames(toTraditional, { persons: ['于洪君', '周岩'], others: ['《人民日报》'] });

  it('converts each name on its own, as a name, and the text around it as text', () => {
    expect(convert('于洪君表示，于是周岩发言。')).toBe('于洪君表示，於是周岩發言。');
  });

  it('converts other names on their own', () => {
    expect(convert('《人民日报》记者')).toBe('《人民日報》記者');
  });

  it('leaves text without names as the converter gives it', () => {
    expect(convert('岩石占领范围')).toBe(toTraditional('岩石占领范围'));
  });

  it('keeps the length of the text', () => {
    const text = '周岩说，于洪君和周岩都在。';
    expect(convert(text)).toHaveLength(text.length);
  });
});

const BRIEFING = lines(
  '外交部发言人周岩主持例行记者会', // 1
  '', // 2
  '新华社北京5月1日电 外交部发言人周岩5月1日主持例行记者会，前驻俄大使于洪君出席。', // 3
  '', // 4
  '周岩：各位记者朋友，下午好。', // 5
  '', // 6
  '新华社记者 王岩：请问中方对此有何评论？', // 7
  '', // 8
  '周岩：中方的立场是一贯的。于洪君大使也谈过。', // 9
  '', // 10
  '《人民日报》记者：第一段问题？', // 11
  '', // 12
  '于洪君：回答。', // 13
);

describe('namesOf', () => {
  it('learns officials, hosts, speakers and named reporters as persons, outlets as other names', () => {
    const conference = parseTranscript(BRIEFING, 'content/transcripts/2024-05-01-zhou-yan.txt', {});
    const names = namesOf(conference);
    expect(names.persons).toEqual(expect.arrayContaining(['周岩', '于洪君', '王岩']));
    expect(names.others).toEqual(expect.arrayContaining(['《人民日报》']));
    expect(names.persons).not.toContain('记者');
  });
});

describe('traditional pages', () => {
  it('print every learned name as a name: headline, intro, speakers, answerers, questioner', () => {
    const result = buildArchive([{ path: 'content/transcripts/2024-05-01-zhou-yan.txt', content: new TextEncoder().encode(BRIEFING) }], []);
    if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
    const traditional = result.files.filter((file) => file.path.startsWith('zh-hant/')).map((file) => file.text).join('\n');
    expect(traditional).toContain('外交部發言人周岩主持例行記者會');
    expect(traditional).toContain('前駐俄大使于洪君出席');
    expect(traditional).toContain('"王岩"');
    expect(traditional).toContain('speaker={"于洪君"}');
    expect(traditional).not.toMatch(/周巖|於洪君|王巖/u);
  });
});

describe('names the splitter does not learn (override dictionary)', () => {
  it.each([
    ['发言人周岩说', '發言人周岩說'],
    ['王岩指出', '王岩指出'],
    ['于洪君大使表示', '于洪君大使表示'],
    ['范长龙会见', '范長龍會見'],
    ['胡占凡在会上', '胡占凡在會上'],
  ])('%s → %s', (simplified, traditional) => {
    expect(toTraditional(simplified)).toBe(traditional);
  });
});
