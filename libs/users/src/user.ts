export const ROLES = ['staff', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Supervisors and admins see the zone; staff see their own reports. */
export function isSupervisorOrAdmin(role: Role): boolean {
  return role === 'supervisor' || role === 'admin';
}

/** A change of role or active flag that takes an active admin away (so the last one must not make it). */
export function removesAnAdmin(before: User, patch: { role?: Role; active?: boolean }): boolean {
  const isActiveAdmin = before.role === 'admin' && before.active;
  return isActiveAdmin && ((patch.role !== undefined && patch.role !== 'admin') || patch.active === false);
}

/**
 * The one resolver of a person filter: `me` (how the API lets a caller name themselves, `ownerId=me`) is the
 * caller's id; any other id is lower-cased; absent stays absent. Validation (a UUID or `me`) is the DTO's
 * `IsUserIdOrMe`, on the same `isUuid` as everywhere.
 */
export function resolveMe(value: string | undefined, viewer: Pick<User, 'id'>): string | undefined {
  return value === 'me' ? viewer.id : value?.toLowerCase();
}
