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
