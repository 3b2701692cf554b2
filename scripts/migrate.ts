/** `npm run migration:run`: creates the database if needed and applies pending migrations. */
import { ensureDatabase, loadConfig, runMigrations } from '@luodi/core';

async function main(): Promise<void> {
  const config = loadConfig();
  const created = await ensureDatabase(config.databaseUrl);
  if (created) console.log(`created database ${new URL(config.databaseUrl).pathname.slice(1)}`);
  const started = Date.now();
  const applied = await runMigrations(config.databaseUrl);
  for (const name of applied) console.log(`applied ${name}`);
  console.log(`migrations: ${applied.length} applied, schema up to date (${Date.now() - started} ms)`);
}

main().catch((err: unknown) => {
  console.error(`migration failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
