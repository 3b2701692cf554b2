import { SetMetadata } from '@nestjs/common';
import { Role, ROLES } from '@luodi/users';

export const ROLES_KEY = 'luodi:roles';
export const PUBLIC_KEY = 'luodi:public';

/** Who may call a route. The guard denies any route that declares neither @Roles nor @Public. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
/** Any signed-in user. */
export const AnyRole = () => SetMetadata(ROLES_KEY, [...ROLES]);
export const SupervisorOrAdmin = () => SetMetadata(ROLES_KEY, ['supervisor', 'admin']);
export const AdminOnly = () => SetMetadata(ROLES_KEY, ['admin']);
/** No authentication (login, health, docs). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
