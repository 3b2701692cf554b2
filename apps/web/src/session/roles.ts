/** The roles and who counts as a supervisor: a module of its own, without Vue, so the entry can read them too. */
export type Role = 'staff' | 'supervisor' | 'admin';

export const isSupervisor = (role: Role | undefined | null): boolean =>
  role === 'supervisor' || role === 'admin';
