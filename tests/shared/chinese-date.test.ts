import { describe, expect, it } from 'vitest';
import { chineseDate } from '../../src/shared/chinese-date';

describe('chineseDate', () => {
  it.each([
    ['2024-03-07', '2024年3月7日'],
    ['2023-12-31', '2023年12月31日'],
    ['2024-10-01', '2024年10月1日'],
  ])('%s → %s', (iso, chinese) => {
    expect(chineseDate(iso)).toBe(chinese);
  });
});
