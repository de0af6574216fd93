import { describe, expect, it } from 'vitest';
import { useStrings } from '../../../../src/site/i18n/strings';
import { recordPageText } from '../../../../src/site/lib/record/page-text';

const t = useStrings('zh-Hans');

describe('recordPageText', () => {
  it('describes the whole record on the first page, with no span', () => {
    const text = recordPageText(t, 'speaker', '王毅', { whole: { count: 214, first: '2013-03-08', last: '2024-03-07' } });
    expect(text.span).toBeUndefined();
    expect(text.title).toBe(`${t('speaker.title', { name: '王毅' })} — ${t('site.name')}`);
    expect(text.description).toBe(t('speaker.description', { name: '王毅', count: 214, first: '2013年3月8日', last: '2024年3月7日' }));
  });

  it('names a later page by the days its rows span, and says nothing of the whole', () => {
    const text = recordPageText(t, 'region', '美国', { span: { first: '2019-03-07', last: '2019-09-01' } });
    const span = t('record.span', { first: '2019年3月7日', last: '2019年9月1日' });
    expect(text.span).toBe(span);
    expect(text.title).toBe(`${t('region.title', { name: '美国' })} — ${span} — ${t('site.name')}`);
    expect(text.description).toBe(`${t('region.title', { name: '美国' })}：${span}`);
  });
});
