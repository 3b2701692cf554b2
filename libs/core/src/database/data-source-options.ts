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
    // Off: TypeORM's query-error log prints parameters (company names, contacts) on every expected unique
    // violation. Unexpected errors are logged once, without parameters, by the API's problem filter.
    logging: false,
    // Fail fast when PostgreSQL is unreachable instead of hanging a request.
    extra: { connectionTimeoutMillis: 5000, max: 20, statement_timeout: 30000 },
    ...extra,
  } as DataSourceOptions;
}
