import { ForbiddenError } from '@luodi/core';
import { isSupervisorOrAdmin, User } from '@luodi/users';
import { LeadRow } from './lead-row';

/** Any user reads any lead; staff change only the leads they own; supervisors and admins change any. */
export function assertMayChange(actor: User, lead: Pick<LeadRow, 'owner_id'>): void {
  if (!isSupervisorOrAdmin(actor.role) && lead.owner_id !== actor.id) {
    throw new ForbiddenError('Staff may change only the leads they own.');
  }
}

/** Fields only supervisors (and admins) set: the owner, the 包联领导 and the stage deadline. */
export function assertSupervisorFields(actor: User, fields: string[]): void {
  if (fields.length > 0 && !isSupervisorOrAdmin(actor.role)) {
    throw new ForbiddenError(`Only supervisors may set ${fields.join(', ')}.`);
  }
}
