import { InitialSchema1732700000000 } from './1732700000000-initial-schema';

/**
 * Every migration, in order. Listed explicitly (not globbed) so the same list works from ts sources under
 * Jest and from compiled dist/ in production.
 */
export const MIGRATIONS = [InitialSchema1732700000000];
