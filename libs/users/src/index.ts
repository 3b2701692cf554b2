export * from './user';
export * from './users.errors';
export * from './users.module';
export * from './users.service';
export * from './password-hasher';
export * from './user-directory.repository';
export * from './password-policy';
export type { Credentials } from './users.repository';
