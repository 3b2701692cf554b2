import { formatAmount } from '@luodi/format';
import {
  APPROVAL_NAMES,
  APPROVAL_STATUS_NAMES,
  FIELD_NAMES,
  PARK_NAMES,
  POOL_NAMES,
  SOURCE_NAMES,
  STAGE_NAMES,
  TRACK_NAMES,
  ACTIVITY_KIND_NAMES,
} from '../domain/labels';

/**
 * One audit change (`field: [old, new]`) as a sentence part a person reads: Chinese field names, code values as
 * their names, amounts in 万元/亿元, user ids as names (via `nameOfUser`). Pure, unit-tested.
 */
export function describeChange(
  field: string,
  [before, after]: [unknown, unknown],
  nameOfUser: (id: string) => string,
): string {
  const label = fieldLabel(field);
  if (field === 'activity') {
    const a = after as { kind?: string; summary?: string } | null;
    return `${label}：${ACTIVITY_KIND_NAMES[a?.kind ?? ''] ?? ''} ${a?.summary ?? ''}`.trim();
  }
  return `${label}：${valueText(field, before, nameOfUser)} → ${valueText(field, after, nameOfUser)}`;
}

function fieldLabel(field: string): string {
  const approval = /^approvals\.(projectApproval|eia|land)\.(status|doneAt|documentNo)$/.exec(field);
  if (approval) {
    const kind = approval[1] === 'projectApproval' ? 'project_approval' : approval[1];
    const part = { status: '状态', doneAt: '完成日期', documentNo: '文号' }[approval[2]];
    return `${APPROVAL_NAMES[kind as 'eia']}${part}`;
  }
  const investment = /^investments\.(\d{4})-(\d{2})\.(paidInWan|completedWan)$/.exec(field);
  if (investment) {
    return `${Number(investment[1])}年${Number(investment[2])}月${investment[3] === 'paidInWan' ? '到位资金' : '投资完成额'}`;
  }
  return FIELD_NAMES[field] ?? field;
}

function valueText(field: string, value: unknown, nameOfUser: (id: string) => string): string {
  if (value === null || value === undefined || value === '') return '空';
  if (typeof value === 'boolean') return value ? '是' : '否';
  const last = field.split('.').pop() ?? field;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const names: Record<string, Record<string, string>> = {
    stage: STAGE_NAMES,
    track: TRACK_NAMES,
    park: PARK_NAMES,
    source: SOURCE_NAMES,
    pool: POOL_NAMES,
    status: APPROVAL_STATUS_NAMES,
  };
  if (names[last]) return names[last][text] ?? text;
  if (last === 'ownerId' || last === 'leaderId') return nameOfUser(text);
  if (/Wan$/.test(last) && /^-?\d+(\.\d+)?$/.test(text)) return formatAmount(text);
  return text;
}
