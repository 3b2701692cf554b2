import { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = ['supervision_issued', 'supervision_due_soon', 'supervision_overdue', 'problem_overdue'];

/**
 * The notification kinds of 问题台账与督办 (issue 14): supervision_issued, supervision_due_soon,
 * supervision_overdue and problem_overdue, delivered in the daily 督办清单. Added to (and removed from) whatever
 * kinds the constraint allows, so other features' kinds stay.
 */
export class SupervisionNotices1796184551546 implements MigrationInterface {
  name = 'SupervisionNotices1796184551546';

  async up(q: QueryRunner): Promise<void> {
    await this.kinds(q, (kinds) => [...kinds.filter((k) => !KINDS.includes(k)), ...KINDS]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notifications WHERE kind = ANY($1::text[])`, [KINDS]);
    await this.kinds(q, (kinds) => kinds.filter((k) => !KINDS.includes(k)));
  }

  /** Rewrites notifications_kind_check with the kinds it allows now, changed by `change`. */
  private async kinds(q: QueryRunner, change: (kinds: string[]) => string[]): Promise<void> {
    const [row] = (await q.query(
      `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'notifications_kind_check'`,
    )) as { def: string }[];
    const list = change([...(row?.def ?? '').matchAll(/'([a-z_]+)'/g)].map((m) => m[1]))
      .map((k) => `'${k}'`)
      .join(', ');
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT IF EXISTS notifications_kind_check`);
    await q.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (${list}))`,
    );
  }
}
