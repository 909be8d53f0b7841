// A client's 政策清单: tagged notices first, then suggestions not tagged, open deadlines
// first (soonest first), then newest; the consultant's note only where there is one.
import { describe, expect, it } from 'vitest';
import { policyListRows, type PolicyListItem } from '../../../shared/spreadsheet/policy-list.ts';

const item = (id: string, over: Partial<PolicyListItem> = {}): PolicyListItem => ({
  noticeId: id,
  title: `通知${id}`,
  docNumber: null,
  agencies: ['工业和信息化部'],
  date: '2024-01-01',
  deadline: null,
  url: null,
  support: '',
  relevance: 'medium',
  source: 'tagged',
  note: '',
  ...over,
});

describe('policyListRows', () => {
  it('orders tagged before suggested, open deadlines first, then newest', () => {
    const tagged = [item('a', { date: '2024-03-01' }), item('b', { deadline: '2024-06-30' }), item('c', { deadline: '2024-05-20' }), item('d', { deadline: '2024-04-01', date: '2024-05-01' })];
    const suggested = [item('e', { source: 'suggested', date: '2024-02-01' }), item('a', { source: 'suggested' }), item('f', { source: 'suggested', deadline: '2024-05-12' })];
    const rows = policyListRows(tagged, suggested, '2024-05-10');
    expect(rows.map((r) => r.title)).toEqual(['通知c', '通知b', '通知d', '通知a', '通知f', '通知e']);
    expect(rows.map((r) => r.source)).toEqual(['tagged', 'tagged', 'tagged', 'tagged', 'suggested', 'suggested']);
  });

  it('joins agencies, keeps only web links, and leaves no 文号 empty rather than null', () => {
    const [row] = policyListRows([item('a', { agencies: ['财政部', '税务总局'], url: 'https://www.gov.cn/x.html', note: '重点跟进' })], [item('b', { source: 'suggested', url: 'javascript:alert(1)' })], '2024-05-10');
    expect(row).toMatchObject({ agencies: '财政部、税务总局', link: 'https://www.gov.cn/x.html', docNumber: '', note: '重点跟进' });
    expect(policyListRows([], [item('b', { source: 'suggested', url: 'javascript:alert(1)' })], '2024-05-10')[0]?.link).toBeNull();
  });
});
