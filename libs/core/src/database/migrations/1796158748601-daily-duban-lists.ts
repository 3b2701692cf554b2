import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The daily 督办清单 (kind `daily_duban`): one email per person per day listing every item that needs them.
 * - `list_date`: the zone date a daily list is for (its dedupe key is `duban:{userId}:{YYYY-MM-DD}`).
 * - `delivered_by`: on an item the list carried (an escalation today), the list that delivered it; the item's own
 *   row keeps its once-only dedupe key and is marked `sent` (or `failed`) together with the list.
 * - At most one daily list per person is pending at a time (a partial unique index), so two lists can never
 *   carry the same owed item at once.
 */
export class DailyDubanLists1796158748601 implements MigrationInterface {
  name = 'DailyDubanLists1796158748601';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(`
      ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
        CHECK (kind IN ('due_soon', 'overdue', 'escalation', 'digest', 'daily_duban'))`);
    await q.query(`ALTER TABLE notifications ADD COLUMN list_date date NULL`);
    await q.query(
      `ALTER TABLE notifications ADD COLUMN delivered_by uuid NULL REFERENCES notifications (id)`,
    );
    await q.query(`
      CREATE INDEX notifications_delivered_by_idx ON notifications (delivered_by) WHERE delivered_by IS NOT NULL`);
    await q.query(`
      CREATE UNIQUE INDEX notifications_one_pending_list_idx ON notifications (user_id)
      WHERE kind = 'daily_duban' AND status = 'pending'`);
    // The items a person is owed (pending rows by recipient), read when a daily list is planned and composed.
    await q.query(`
      CREATE INDEX notifications_user_pending_idx ON notifications (user_id, kind) WHERE status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS notifications_user_pending_idx`);
    await q.query(`DROP INDEX IF EXISTS notifications_one_pending_list_idx`);
    await q.query(`DROP INDEX IF EXISTS notifications_delivered_by_idx`);
    await q.query(`ALTER TABLE notifications DROP COLUMN IF EXISTS delivered_by`);
    await q.query(`ALTER TABLE notifications DROP COLUMN IF EXISTS list_date`);
    await q.query(`DELETE FROM notifications WHERE kind = 'daily_duban'`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(`
      ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
        CHECK (kind IN ('due_soon', 'overdue', 'escalation', 'digest'))`);
  }
}
