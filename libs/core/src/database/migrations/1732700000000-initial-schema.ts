import { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, reference data, leads with their history, the notification ledger, the outbox and targets. */
export class InitialSchema1732700000000 implements MigrationInterface {
  name = 'InitialSchema1732700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('staff', 'supervisor', 'admin')),
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);

    await q.query(`
      CREATE TABLE tracks (
        code text PRIMARY KEY, name_zh text NOT NULL, name_en text NOT NULL, sort_order int NOT NULL)`);
    await q.query(`
      CREATE TABLE parks (
        code text PRIMARY KEY, name_zh text NOT NULL, name_en text NOT NULL, sort_order int NOT NULL)`);
    await q.query(`
      CREATE TABLE stages (
        code text PRIMARY KEY,
        name_zh text NOT NULL,
        name_en text NOT NULL,
        sort_order int NOT NULL,
        deadline_days int NULL CHECK (deadline_days BETWEEN 1 AND 3650),
        is_terminal boolean NOT NULL DEFAULT false)`);
    await q.query(`
      INSERT INTO tracks (code, name_zh, name_en, sort_order) VALUES
        ('equipment', '高端装备制造', 'High-end equipment manufacturing', 1),
        ('new_energy', '新能源', 'New energy', 2),
        ('new_materials', '新材料', 'New materials', 3),
        ('semiconductors', '先进半导体', 'Advanced semiconductors', 4)`);
    await q.query(`
      INSERT INTO parks (code, name_zh, name_en, sort_order) VALUES
        ('yangqu', '阳曲园区', 'Yangqu Park', 1),
        ('tanghuai', '唐槐园区', 'Tanghuai Park', 2),
        ('xiaohe', '潇河园区', 'Xiaohe Park', 3)`);
    await q.query(`
      INSERT INTO stages (code, name_zh, name_en, sort_order, deadline_days, is_terminal) VALUES
        ('lead', '洽谈', 'Negotiation', 1, 90, false),
        ('signed', '签约', 'Signed', 2, 90, false),
        ('landed', '落地', 'Landed', 3, 60, false),
        ('construction', '开工建设', 'Construction started', 4, 365, false),
        ('production', '投产', 'In production', 5, NULL, false),
        ('lost', '终止', 'Lost', 6, NULL, true)`);

    await q.query(`
      CREATE TABLE leads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_name text NOT NULL,
        company_key text NOT NULL,
        credit_code text NULL,
        project_name text NOT NULL,
        project_key text NOT NULL,
        track text NOT NULL REFERENCES tracks (code),
        park text NULL REFERENCES parks (code),
        source text NULL CHECK (source IN
          ('industry_chain', 'business_referral', 'exhibition', 'agency', 'online', 'other')),
        planned_investment_wan numeric(16, 4) NOT NULL CHECK (planned_investment_wan > 0),
        signed_amount_wan numeric(16, 4) NULL CHECK (signed_amount_wan > 0),
        stage text NOT NULL REFERENCES stages (code),
        in_planning_pool boolean NOT NULL DEFAULT false,
        is_provincial_key boolean NOT NULL DEFAULT false,
        stage_entry_id uuid NOT NULL DEFAULT gen_random_uuid(),
        stage_entered_at date NOT NULL,
        stage_deadline date NULL,
        lost_from_stage text NULL REFERENCES stages (code),
        owner_id uuid NOT NULL REFERENCES users (id),
        leader_id uuid NULL REFERENCES users (id),
        signed_at date NULL,
        first_signed_at date NULL,
        landed_at date NULL,
        construction_started_at date NULL,
        production_started_at date NULL,
        last_activity_at timestamptz NULL,
        next_follow_up_at timestamptz NULL,
        contact_name text NULL,
        contact_phone text NULL,
        notes text NULL,
        lost_reason text NULL,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Duplicate detection holds under concurrency because it is a unique index, not a read-then-write.
    await q.query(`
      CREATE UNIQUE INDEX leads_open_company_project_key ON leads (company_key, project_key)
      WHERE stage <> 'lost'`);
    await q.query(`
      CREATE UNIQUE INDEX leads_open_credit_code_project_key ON leads (credit_code, project_key)
      WHERE stage <> 'lost' AND credit_code IS NOT NULL`);
    await q.query(`CREATE INDEX leads_created_at_idx ON leads (created_at, id)`);
    await q.query(`CREATE INDEX leads_owner_idx ON leads (owner_id, stage)`);
    await q.query(`CREATE INDEX leads_leader_idx ON leads (leader_id) WHERE leader_id IS NOT NULL`);
    // The reminder scan and the overdue report read only open leads with a deadline.
    await q.query(`
      CREATE INDEX leads_open_deadline_idx ON leads (stage_deadline)
      WHERE stage NOT IN ('production', 'lost') AND stage_deadline IS NOT NULL`);
    await q.query(
      `CREATE INDEX leads_first_signed_idx ON leads (first_signed_at) WHERE first_signed_at IS NOT NULL`,
    );
    // Substring search (Chinese included) on company and project names.
    await q.query(`
      CREATE INDEX leads_name_trgm_idx ON leads
      USING gin ((company_name || ' ' || project_name) gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE lead_approvals (
        lead_id uuid NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('project_approval', 'eia', 'land')),
        status text NOT NULL CHECK (status IN ('pending', 'in_progress', 'done')),
        done_at date NULL,
        document_no text NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (lead_id, kind)
      )`);

    await q.query(`
      CREATE TABLE lead_transitions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        lead_id uuid NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        from_stage text NOT NULL REFERENCES stages (code),
        to_stage text NOT NULL REFERENCES stages (code),
        date date NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        by_user_id uuid NULL REFERENCES users (id),
        reason text NULL
      )`);
    await q.query(`CREATE INDEX lead_transitions_lead_idx ON lead_transitions (lead_id, at, id)`);
    await q.query(`CREATE INDEX lead_transitions_to_date_idx ON lead_transitions (to_stage, date)`);

    await q.query(`
      CREATE TABLE lead_activities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        lead_id uuid NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('visit', 'call', 'meeting', 'negotiation', 'site_survey', 'other')),
        occurred_at timestamptz NOT NULL,
        summary text NOT NULL,
        next_follow_up_at timestamptz NULL,
        by_user_id uuid NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX lead_activities_lead_idx ON lead_activities (lead_id, occurred_at DESC, id)`);
    await q.query(`CREATE INDEX lead_activities_user_idx ON lead_activities (by_user_id, occurred_at)`);

    await q.query(`
      CREATE TABLE lead_investments (
        lead_id uuid NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        paid_in_wan numeric(16, 4) NOT NULL CHECK (paid_in_wan >= 0),
        completed_wan numeric(16, 4) NOT NULL CHECK (completed_wan >= 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (lead_id, month)
      )`);

    await q.query(`
      CREATE TABLE lead_audit (
        id bigserial PRIMARY KEY,
        lead_id uuid NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        at timestamptz NOT NULL DEFAULT now(),
        user_id uuid NULL REFERENCES users (id),
        action text NOT NULL,
        changes jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await q.query(`CREATE INDEX lead_audit_lead_idx ON lead_audit (lead_id, id)`);

    // The notification ledger: one row per effect, claimed before sending, marked after (effects happen once).
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dedupe_key text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('due_soon', 'overdue', 'escalation', 'digest')),
        lead_id uuid NULL REFERENCES leads (id) ON DELETE CASCADE,
        user_id uuid NULL REFERENCES users (id),
        recipient text NOT NULL,
        offset_days int NULL,
        week text NULL,
        stage_entry_id uuid NULL,
        stage_deadline date NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'skipped')),
        attempts int NOT NULL DEFAULT 0,
        lease_until timestamptz NULL,
        last_error text NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz NULL
      )`);
    await q.query(`CREATE INDEX notifications_lead_idx ON notifications (lead_id, created_at)`);
    await q.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at)`);
    await q.query(
      `CREATE INDEX notifications_pending_idx ON notifications (created_at) WHERE status = 'pending'`,
    );

    // Transactional outbox: rows written in the same transaction as a signing, turned into jobs by the worker.
    await q.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        topic text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        processed_at timestamptz NULL
      )`);
    await q.query(`CREATE INDEX outbox_unprocessed_idx ON outbox (id) WHERE processed_at IS NULL`);

    await q.query(`
      CREATE TABLE targets (
        year int PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
        signed_amount_wan numeric(16, 4) NOT NULL CHECK (signed_amount_wan > 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NULL REFERENCES users (id)
      )`);
    await q.query(`
      CREATE TABLE target_breakdowns (
        year int NOT NULL REFERENCES targets (year) ON DELETE CASCADE,
        dimension text NOT NULL CHECK (dimension IN ('track', 'park', 'owner')),
        key text NOT NULL,
        amount_wan numeric(16, 4) NOT NULL CHECK (amount_wan > 0),
        PRIMARY KEY (year, dimension, key)
      )`);
    // Totals computed by the worker; `zone` has key ''.
    await q.query(`
      CREATE TABLE target_totals (
        year int NOT NULL,
        dimension text NOT NULL CHECK (dimension IN ('zone', 'track', 'park', 'owner')),
        key text NOT NULL,
        signed_wan numeric(20, 4) NOT NULL,
        lead_count int NOT NULL,
        PRIMARY KEY (year, dimension, key)
      )`);
    await q.query(`
      CREATE TABLE target_total_runs (year int PRIMARY KEY, as_of timestamptz NOT NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'target_total_runs',
      'target_totals',
      'target_breakdowns',
      'targets',
      'outbox',
      'notifications',
      'lead_audit',
      'lead_investments',
      'lead_activities',
      'lead_transitions',
      'lead_approvals',
      'leads',
      'stages',
      'parks',
      'tracks',
      'users',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
