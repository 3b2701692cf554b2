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
