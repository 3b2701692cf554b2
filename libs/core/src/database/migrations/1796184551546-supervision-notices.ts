import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notification kinds of 问题台账与督办 (issue 14): supervision_issued, supervision_due_soon,
 * supervision_overdue and problem_overdue, delivered in the daily 督办清单.
 */
export class SupervisionNotices1796184551546 implements MigrationInterface {
  name = 'SupervisionNotices1796184551546';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(`
      ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
        CHECK (kind IN ('due_soon', 'overdue', 'escalation', 'digest', 'daily_duban', 'supervision_issued',
          'supervision_due_soon', 'supervision_overdue', 'problem_overdue'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DELETE FROM notifications WHERE kind IN ('supervision_issued', 'supervision_due_soon', 'supervision_overdue', 'problem_overdue')`,
    );
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(`
      ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
        CHECK (kind IN ('due_soon', 'overdue', 'escalation', 'digest', 'daily_duban'))`);
  }
}
