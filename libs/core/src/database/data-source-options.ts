import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

/** The one database configuration, used by both apps, the migration command, the seed and the tests. */
export function dataSourceOptions(
  databaseUrl: string,
  extra: Partial<DataSourceOptions> = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: ['error'],
    // Fail fast when PostgreSQL is unreachable instead of hanging a request.
    extra: { connectionTimeoutMillis: 5000, max: 20, statement_timeout: 30000 },
    ...extra,
  } as DataSourceOptions;
}
