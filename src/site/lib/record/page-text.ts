import { chineseDate } from '../../../shared/chinese-date';
import type { Strings } from '../../i18n/strings';

/** The days a record page's rows span, oldest and newest. */
interface Span {
  first: string;
  last: string;
}

/**
 * Say what a speaker's, outlet's or region's page is: its title and description, and on a later page
 * the days its rows span. The first page describes the whole record (`whole`); a later page only its
 * own rows, so that it reads the same however the record grows.
 */
export function recordPageText(
  t: Strings,
  kind: 'speaker' | 'outlet' | 'region',
  name: string,
  { span, whole }: { span?: Span | undefined; whole?: (Span & { count: number }) | undefined },
): { title: string; description: string; span?: string } {
  const heading = t(`${kind}.title`, { name });
  const spanText = span && t('record.span', { first: chineseDate(span.first), last: chineseDate(span.last) });
  const description = whole ? t(`${kind}.description`, { name, count: whole.count, first: chineseDate(whole.first), last: chineseDate(whole.last) }) : `${heading}：${spanText}`;
  return { title: `${heading}${spanText ? ` — ${spanText}` : ''} — ${t('site.name')}`, description, ...(spanText ? { span: spanText } : {}) };
}
