import { ForbiddenError, tr } from '@luodi/core';
import { isSupervisorOrAdmin, User } from '@luodi/users';
import { LeadRow } from '../repository/lead-row';

/** Any user reads any lead; staff change only the leads they own; supervisors and admins change any. */
export function assertMayChange(actor: User, lead: Pick<LeadRow, 'owner_id'>): void {
  if (!isSupervisorOrAdmin(actor.role) && lead.owner_id !== actor.id) {
    throw new ForbiddenError(
      tr('招商专员只能修改自己负责的项目。', 'Staff may change only the leads they own.'),
    );
  }
}

const SUPERVISOR_FIELD_NAMES_ZH: Record<string, string> = {
  ownerId: '负责人',
  leaderId: '包联领导',
  stageDeadline: '阶段截止日期',
};

/** Fields only supervisors (and admins) set: the owner, the 包联领导 and the stage deadline. */
export function assertSupervisorFields(actor: User, fields: string[]): void {
  if (fields.length > 0 && !isSupervisorOrAdmin(actor.role)) {
    throw new ForbiddenError(
      tr(
        `只有分管领导可以设置${fields.map((f) => SUPERVISOR_FIELD_NAMES_ZH[f] ?? f).join('、')}。`,
        `Only supervisors may set ${fields.join(', ')}.`,
      ),
    );
  }
}
