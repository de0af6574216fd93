import { expect, it } from 'vitest';
import type { BodyNode } from '../../../../src/site/lib/content/body';
import { turnSpeakers } from '../../../../src/site/lib/content/turn-speakers';

const turn = (role: 'question' | 'answer' | 'host' | 'opening', speaker?: string, title?: string): BodyNode => ({
  type: 'element',
  name: 'Turn',
  attributes: { role, ...(speaker ? { speaker } : {}), ...(title ? { title } : {}) },
  children: [],
});

it('lists the officials and hosts of the turns with their titles, each once, questioners left out', () => {
  const body = [
    turn('host', '田野', '新闻中心副主任'),
    turn('question', '新华社记者'),
    turn('answer', '孙哲', '部长'),
    turn('answer', '孙哲', '部长'),
    turn('answer', '王海', '王海'),
    turn('opening', '孙哲'),
    turn('answer'),
  ];
  expect(turnSpeakers(body)).toEqual([
    { speaker: '田野', role: 'host', title: '新闻中心副主任' },
    { speaker: '孙哲', role: 'official', title: '部长' },
    { speaker: '王海', role: 'official' },
    { speaker: '孙哲', role: 'official' },
  ]);
});
