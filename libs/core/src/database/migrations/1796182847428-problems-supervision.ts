import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 问题台账与督办: the 责任单位 list, problems on a lead with their 反馈 and status history, supervision orders (督办)
 * with their assignees, reports and status history, one audit table for both, and the 预警配置 (one row).
 * Every status change writes a history row and an audit row in the transaction of its conditional update.
 */
export class ProblemsSupervision1796182847428 implements MigrationInterface {
  name = 'ProblemsSupervision1796182847428';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE departments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE UNIQUE INDEX departments_name_key ON departments (name)`);

    await q.query(`
      CREATE TABLE problems (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        lead_id uuid NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        category text NOT NULL CHECK (category IN ('land', 'planning', 'eia', 'energy', 'power', 'water', 'gas',
          'finance', 'labour', 'policy', 'permits', 'other')),
        description text NOT NULL,
        department_id uuid NOT NULL REFERENCES departments (id),
        assignee_id uuid NULL REFERENCES users (id),
        due_date date NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'resolved')),
        resolution text NULL,
        resolved_at timestamptz NULL,
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1,
        CHECK ((status = 'resolved') = (resolved_at IS NOT NULL)),
        CHECK (status <> 'resolved' OR resolution IS NOT NULL))`);
    await q.query(`CREATE INDEX problems_lead_idx ON problems (lead_id, created_at)`);
    await q.query(`CREATE INDEX problems_list_idx ON problems (created_at DESC, id DESC)`);
    // What the lead's warning reads: its open problems (due dates and age).
    await q.query(`
      CREATE INDEX problems_open_lead_idx ON problems (lead_id, due_date, created_at) WHERE status <> 'resolved'`);
    await q.query(
      `CREATE INDEX problems_assignee_idx ON problems (assignee_id) WHERE assignee_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE problem_updates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL,
        problem_id uuid NOT NULL REFERENCES problems (id) ON DELETE CASCADE,
        by_user_id uuid NOT NULL REFERENCES users (id),
        text text NOT NULL,
        at timestamptz NOT NULL DEFAULT clock_timestamp())`);
    await q.query(`CREATE INDEX problem_updates_problem_idx ON problem_updates (problem_id, at, seq)`);

    await q.query(`
      CREATE TABLE supervision_orders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        lead_id uuid NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        problem_id uuid NULL REFERENCES problems (id) ON DELETE SET NULL,
        instruction text NOT NULL,
        issued_by uuid NOT NULL REFERENCES users (id),
        due_date date NOT NULL,
        status text NOT NULL DEFAULT 'issued'
          CHECK (status IN ('issued', 'acknowledged', 'reported', 'closed', 'returned')),
        closed_at timestamptz NULL,
        return_reason text NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1)`);
    await q.query(
      `CREATE INDEX supervision_orders_list_idx ON supervision_orders (created_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX supervision_orders_lead_idx ON supervision_orders (lead_id)`);
    await q.query(`CREATE INDEX supervision_orders_issuer_idx ON supervision_orders (issued_by)`);
    await q.query(`
      CREATE INDEX supervision_orders_open_lead_idx ON supervision_orders (lead_id, due_date)
      WHERE status NOT IN ('reported', 'closed')`);

    await q.query(`
      CREATE TABLE supervision_assignees (
        order_id uuid NOT NULL REFERENCES supervision_orders (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id),
        position int NOT NULL,
        acknowledged_at timestamptz NULL,
        PRIMARY KEY (order_id, user_id))`);
    await q.query(`CREATE INDEX supervision_assignees_user_idx ON supervision_assignees (user_id)`);

    await q.query(`
      CREATE TABLE supervision_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL,
        order_id uuid NOT NULL REFERENCES supervision_orders (id) ON DELETE CASCADE,
        by_user_id uuid NOT NULL REFERENCES users (id),
        text text NOT NULL,
        done boolean NOT NULL DEFAULT false,
        at timestamptz NOT NULL DEFAULT clock_timestamp())`);
    await q.query(`CREATE INDEX supervision_reports_order_idx ON supervision_reports (order_id, at, seq)`);

    // Status history of both kinds of record (one row per transition, creation included).
    await q.query(`
      CREATE TABLE problem_supervision_history (
        id bigserial PRIMARY KEY,
        entity text NOT NULL CHECK (entity IN ('problem', 'supervision')),
        entity_id uuid NOT NULL,
        from_status text NULL,
        to_status text NOT NULL,
        by_user_id uuid NULL REFERENCES users (id),
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        note text NULL)`);
    await q.query(`
      CREATE INDEX problem_supervision_history_entity_idx ON problem_supervision_history (entity, entity_id, id)`);
    // Every change (who, when, each field's old and new value).
    await q.query(`
      CREATE TABLE problem_supervision_audit (
        id bigserial PRIMARY KEY,
        entity text NOT NULL CHECK (entity IN ('problem', 'supervision')),
        entity_id uuid NOT NULL,
        lead_id uuid NOT NULL,
        user_id uuid NULL REFERENCES users (id),
        action text NOT NULL,
        changes jsonb NOT NULL,
        at timestamptz NOT NULL DEFAULT clock_timestamp())`);
    await q.query(`
      CREATE INDEX problem_supervision_audit_entity_idx ON problem_supervision_audit (entity, entity_id, id)`);

    // 预警配置: one row, the thresholds that were fixed before (7 and 30 days) and the problems' age.
    await q.query(`
      CREATE TABLE warning_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        deadline_soon_days int NOT NULL CHECK (deadline_soon_days BETWEEN 0 AND 365),
        no_activity_days int NOT NULL CHECK (no_activity_days BETWEEN 1 AND 3650),
        problem_aging_days int NOT NULL CHECK (problem_aging_days BETWEEN 1 AND 3650),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NULL REFERENCES users (id))`);
    await q.query(`
      INSERT INTO warning_settings (deadline_soon_days, no_activity_days, problem_aging_days) VALUES (7, 30, 14)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'warning_settings',
      'problem_supervision_audit',
      'problem_supervision_history',
      'supervision_reports',
      'supervision_assignees',
      'supervision_orders',
      'problem_updates',
      'problems',
      'departments',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
