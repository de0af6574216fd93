import { describe, expect, it } from 'vitest';
import type { RecordConference, RecordQuestion } from '../../../../src/site/lib/record/facts';
import { speakerRecords } from '../../../../src/site/lib/record/speakers';
import { recordQuestion } from '../../../helpers/record';

const conference = (id: string, extra: Partial<RecordConference> = {}): RecordConference => ({
  conference: id,
  date: id.slice(0, 10),
  headline: `记者会 ${id}`,
  hosts: [],
  officials: ['林远'],
  speakers: [],
  ...extra,
});
const question = (id: string, number: number, answerers: string[], extra: Partial<RecordQuestion> = {}): RecordQuestion =>
  recordQuestion(id, number, { questioner: '新华社记者', outlet: '新华社', answerers, ...extra });
const identity = (name: string) => name;

describe('speakerRecords', () => {
  const conferences = [
    conference('2023-05-01-a', { hosts: ['主持人'], officials: ['林远'] }),
    conference('2024-10-21-b', {
      hosts: ['许岚'],
      officials: ['林远', '宋佳'],
      speakers: [
        { speaker: '林远', role: 'official', title: '外交部发言人' },
        { speaker: '许岚', role: 'host', title: '新闻办副主任' },
      ],
    }),
  ];
  const questions = [
    question('2023-05-01-a', 1, ['林远']),
    question('2024-10-21-b', 2, ['林远', '宋佳']),
    question('2024-10-21-b', 1, ['林远'], { speakers: [{ speaker: '林远', role: 'official', title: '外交部新闻司司长' }] }),
  ];
  const records = speakerRecords(conferences, questions, identity);

  it('has everyone who answers or hosts under a name, and no one for a bare 主持人', () => {
    expect([...records.keys()]).toEqual(['宋佳', '林远', '许岚']);
  });

  it('lists answers newest first, in question order within a conference', () => {
    expect(records.get('林远')?.answers.map((answer) => `${answer.conference}/${answer.number}`)).toEqual(['2024-10-21-b/1', '2024-10-21-b/2', '2023-05-01-a/1']);
  });

  it('gives the first and last appearance and answers per year', () => {
    const record = records.get('林远');
    expect([record?.first, record?.last]).toEqual(['2023-05-01', '2024-10-21']);
    expect(record?.perYear).toEqual([
      { year: '2023', count: 1 },
      { year: '2024', count: 2 },
    ]);
  });

  it('lists roles and titles in the order first held, an untitled role beside a titled one at the same conference left out', () => {
    expect(records.get('林远')?.roles).toEqual([
      { role: 'official', first: '2023-05-01', last: '2023-05-01', conferences: 1 },
      { role: 'official', title: '外交部发言人', first: '2024-10-21', last: '2024-10-21', conferences: 1 },
      { role: 'official', title: '外交部新闻司司长', first: '2024-10-21', last: '2024-10-21', conferences: 1 },
    ]);
  });

  it('lists the conferences a host hosts', () => {
    const record = records.get('许岚');
    expect(record?.hosted.map((hosted) => hosted.conference)).toEqual(['2024-10-21-b']);
    expect(record?.answers).toEqual([]);
    expect(record?.roles).toEqual([{ role: 'host', title: '新闻办副主任', first: '2024-10-21', last: '2024-10-21', conferences: 1 }]);
  });

  it('files names under their key and shows the latest printing', () => {
    const keyed = speakerRecords([], [question('2015-02-25-a', 1, ['陳遠']), question('2016-01-01-a', 1, ['陳遠'])], (name) => (name === '陳遠' ? '陈远' : name));
    expect([...keyed.keys()]).toEqual(['陈远']);
    expect(keyed.get('陈远')?.name).toBe('陳遠');
  });
});
