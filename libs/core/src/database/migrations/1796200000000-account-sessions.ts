import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions that can be ended:
 * - `users.token_version`: every token carries the version it was issued at (claim `ver`); a password change, an
 *   admin reset and a deactivation bump it, so every earlier token of the user stops working (a reactivated user's
 *   old tokens stay dead).
 * - `revoked_tokens`: the `jti` of each token ended by `POST /auth/logout`, kept until the token would have
 *   expired anyway (expired rows are deleted as new ones come in).
 */
export class AccountSessions1796200000000 implements MigrationInterface {
  name = 'AccountSessions1796200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN token_version integer NOT NULL DEFAULT 0`);
    await q.query(`
      CREATE TABLE revoked_tokens (
        jti uuid PRIMARY KEY,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX revoked_tokens_expires_at_idx ON revoked_tokens (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE revoked_tokens`);
    await q.query(`ALTER TABLE users DROP COLUMN token_version`);
  }
}
