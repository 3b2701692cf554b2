/**
 * The schema's tables, views and indexes as they are now (the baseline migration applies them to an empty
 * database; later migrations alter them). Functions and triggers are in ./functions, reference data in
 * ./reference-data.ts.
 */

/** People: users (sign-in, roles) and revoked access tokens. */
export const USERS = `
  CREATE EXTENSION IF NOT EXISTS pg_trgm;

  CREATE TABLE users (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email text NOT NULL,
    name text NOT NULL,
    role text NOT NULL CHECK (role IN ('staff', 'supervisor', 'admin')),
    password_hash text NOT NULL,
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    -- Bumped to sign a user out everywhere (a token carries the version it was issued at).
    token_version integer NOT NULL DEFAULT 0
  );
  CREATE UNIQUE INDEX users_email_key ON users (lower(email));
  CREATE INDEX users_name_trgm_idx ON users USING gin (name gin_trgm_ops);
  CREATE INDEX users_name_idx ON users (name, id);

  CREATE TABLE revoked_tokens (
    jti uuid PRIMARY KEY,
    expires_at timestamptz NOT NULL
  );
  CREATE INDEX revoked_tokens_expires_at_idx ON revoked_tokens (expires_at);
`;

/** Reference data (libs/catalog): tracks, parks, stages. */
export const CATALOG = `
  CREATE TABLE tracks (
    code text PRIMARY KEY, name_zh text NOT NULL, name_en text NOT NULL, sort_order int NOT NULL);
  CREATE TABLE parks (
    code text PRIMARY KEY, name_zh text NOT NULL, name_en text NOT NULL, sort_order int NOT NULL);
  CREATE TABLE stages (
    code text PRIMARY KEY,
    name_zh text NOT NULL,
    name_en text NOT NULL,
    sort_order int NOT NULL,
    deadline_days int NULL CHECK (deadline_days BETWEEN 1 AND 3650),
    is_terminal boolean NOT NULL DEFAULT false);
`;

/** Leads (libs/leads: the columns are named in libs/leads/src/fields/lead-field-table.ts) and their history. */
export const LEADS = `
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
  );
  -- Duplicate detection holds under concurrency because it is a unique index, not a read-then-write.
  CREATE UNIQUE INDEX leads_open_company_project_key ON leads (company_key, project_key) WHERE stage <> 'lost';
  CREATE UNIQUE INDEX leads_open_credit_code_project_key ON leads (credit_code, project_key)
    WHERE stage <> 'lost' AND credit_code IS NOT NULL;
  CREATE INDEX leads_created_at_idx ON leads (created_at, id);
  CREATE INDEX leads_owner_idx ON leads (owner_id, stage);
  CREATE INDEX leads_leader_idx ON leads (leader_id) WHERE leader_id IS NOT NULL;
  -- The reminder scan and the overdue report read only open leads with a deadline.
  CREATE INDEX leads_open_deadline_idx ON leads (stage_deadline)
    WHERE stage NOT IN ('production', 'lost') AND stage_deadline IS NOT NULL;
  CREATE INDEX leads_first_signed_idx ON leads (first_signed_at) WHERE first_signed_at IS NOT NULL;
  -- Substring search (Chinese included) on company and project names.
  CREATE INDEX leads_name_trgm_idx ON leads USING gin ((company_name || ' ' || project_name) gin_trgm_ops);
  -- The list's keyset sorts.
  CREATE INDEX leads_stage_deadline_sort_idx ON leads (stage_deadline ASC NULLS LAST, id);
  CREATE INDEX leads_planned_investment_sort_idx ON leads (planned_investment_wan DESC, id);
  -- Reports: the KPIs' cohorts (signed, landed in a year, under construction) read from the indexes alone.
  CREATE INDEX leads_signed_at_idx ON leads (signed_at) WHERE signed_at IS NOT NULL;
  CREATE INDEX leads_first_signed_cover_idx ON leads (first_signed_at)
    INCLUDE (id, stage, track, park, owner_id, signed_amount_wan) WHERE first_signed_at IS NOT NULL;
  CREATE INDEX leads_landed_at_idx ON leads (landed_at) INCLUDE (stage, track, park, owner_id)
    WHERE landed_at IS NOT NULL;
  CREATE INDEX leads_construction_started_idx ON leads (construction_started_at)
    WHERE construction_started_at IS NOT NULL;
  CREATE INDEX leads_production_started_idx ON leads (production_started_at)
    WHERE production_started_at IS NOT NULL;
  -- Overdue report: each owner's most overdue open leads, and the counts per owner, from one partial index.
  CREATE INDEX leads_owner_open_deadline_idx ON leads (owner_id, stage_deadline, id)
    WHERE stage NOT IN ('production', 'lost') AND stage_deadline IS NOT NULL;
  -- 投资完成率: the leads under construction.
  CREATE INDEX leads_under_construction_idx ON leads (construction_started_at)
    INCLUDE (id, track, park, owner_id, planned_investment_wan) WHERE stage = 'construction';
  -- The funnel's cohort (leads created in a period) read from the index alone, without visiting the heap.
  CREATE INDEX leads_funnel_cohort_idx ON leads (created_at)
    INCLUDE (id, stage, lost_from_stage, planned_investment_wan, signed_amount_wan, track, park, owner_id);

  CREATE TABLE lead_approvals (
    lead_id uuid NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('project_approval', 'eia', 'land')),
    status text NOT NULL CHECK (status IN ('pending', 'in_progress', 'done')),
    done_at date NULL,
    document_no text NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (lead_id, kind)
  );

  CREATE TABLE lead_transitions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    lead_id uuid NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
    from_stage text NOT NULL REFERENCES stages (code),
    to_stage text NOT NULL REFERENCES stages (code),
    date date NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    by_user_id uuid NULL REFERENCES users (id),
    reason text NULL
  );
  CREATE INDEX lead_transitions_lead_idx ON lead_transitions (lead_id, at, id);
  CREATE INDEX lead_transitions_to_date_idx ON lead_transitions (to_stage, date);

  CREATE TABLE lead_activities (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    lead_id uuid NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('visit', 'call', 'meeting', 'negotiation', 'site_survey', 'other')),
    occurred_at timestamptz NOT NULL,
    summary text NOT NULL,
    next_follow_up_at timestamptz NULL,
    by_user_id uuid NULL REFERENCES users (id),
    created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX lead_activities_lead_idx ON lead_activities (lead_id, occurred_at DESC, id);
  CREATE INDEX lead_activities_user_idx ON lead_activities (by_user_id, occurred_at);
  CREATE INDEX lead_activities_occurred_idx ON lead_activities (occurred_at) INCLUDE (by_user_id);
  CREATE INDEX lead_activities_recent_idx ON lead_activities (occurred_at DESC, id DESC);

  CREATE TABLE lead_investments (
    lead_id uuid NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
    month date NOT NULL CHECK (extract(day FROM month) = 1),
    paid_in_wan numeric(16, 4) NOT NULL CHECK (paid_in_wan >= 0),
    completed_wan numeric(16, 4) NOT NULL CHECK (completed_wan >= 0),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (lead_id, month)
  );

  CREATE TABLE lead_audit (
    id bigserial PRIMARY KEY,
    lead_id uuid NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
    at timestamptz NOT NULL DEFAULT now(),
    user_id uuid NULL REFERENCES users (id),
    action text NOT NULL,
    changes jsonb NOT NULL DEFAULT '{}'::jsonb
  );
  CREATE INDEX lead_audit_lead_idx ON lead_audit (lead_id, id);
`;

/**
 * The notification ledger: one row per effect, claimed before sending, marked after (effects happen once); a
 * daily 督办 list delivers the items it carries (delivered_by). The transactional outbox: rows written in the
 * same transaction as a change, turned into jobs by the worker.
 */
export const NOTIFICATIONS = `
  CREATE TABLE notifications (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    dedupe_key text NOT NULL UNIQUE,
    kind text NOT NULL CHECK (kind IN ('due_soon', 'overdue', 'escalation', 'digest', 'daily_duban')),
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
    sent_at timestamptz NULL,
    list_date date NULL,
    delivered_by uuid NULL REFERENCES notifications (id)
  );
  CREATE INDEX notifications_lead_idx ON notifications (lead_id, created_at);
  CREATE INDEX notifications_user_idx ON notifications (user_id, created_at);
  CREATE INDEX notifications_pending_idx ON notifications (created_at) WHERE status = 'pending';
  CREATE INDEX notifications_delivered_by_idx ON notifications (delivered_by) WHERE delivered_by IS NOT NULL;
  CREATE UNIQUE INDEX notifications_one_pending_list_idx ON notifications (user_id)
    WHERE kind = 'daily_duban' AND status = 'pending';
  -- The items a person is owed (pending rows by recipient), read when a daily list is planned and composed.
  CREATE INDEX notifications_user_pending_idx ON notifications (user_id, kind) WHERE status = 'pending';

  CREATE TABLE outbox (
    id bigserial PRIMARY KEY,
    topic text NOT NULL,
    payload jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    processed_at timestamptz NULL
  );
  CREATE INDEX outbox_unprocessed_idx ON outbox (id) WHERE processed_at IS NULL;
`;

/** Targets (libs/targets): the year's target, its breakdowns, and the totals the worker computes. */
export const TARGETS = `
  CREATE TABLE targets (
    year int PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    signed_amount_wan numeric(16, 4) NOT NULL CHECK (signed_amount_wan > 0),
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by uuid NULL REFERENCES users (id)
  );
  CREATE TABLE target_breakdowns (
    year int NOT NULL REFERENCES targets (year) ON DELETE CASCADE,
    dimension text NOT NULL CHECK (dimension IN ('track', 'park', 'owner')),
    key text NOT NULL,
    amount_wan numeric(16, 4) NOT NULL CHECK (amount_wan > 0),
    PRIMARY KEY (year, dimension, key)
  );
  -- Totals computed by the worker; \`zone\` has key ''.
  CREATE TABLE target_totals (
    year int NOT NULL,
    dimension text NOT NULL CHECK (dimension IN ('zone', 'track', 'park', 'owner')),
    key text NOT NULL,
    signed_wan numeric(20, 4) NOT NULL,
    lead_count int NOT NULL,
    PRIMARY KEY (year, dimension, key)
  );
  CREATE TABLE target_total_runs (year int PRIMARY KEY, as_of timestamptz NOT NULL);
`;

/**
 * Report summaries kept exact by triggers (./functions): per-lead funnel facts and their monthly summaries, and
 * each lead's investments by year. See ./functions/funnel.ts for what each column means.
 */
export const REPORTS = `
  CREATE VIEW lead_funnel_facts_source AS
  WITH m AS (
    SELECT t.lead_id, t.from_stage, t.to_stage, t.date,
           lag(t.date) OVER w AS prev_date, row_number() OVER w AS rn
      FROM lead_transitions t
    WINDOW w AS (PARTITION BY t.lead_id ORDER BY t.at, t.id)
  )
  SELECT lead_id,
         max(greatest(array_position(s.o, from_stage), array_position(s.o, to_stage)))::smallint AS max_ord,
         min(array_position(s.o, from_stage)) FILTER (WHERE rn = 1)::smallint AS first_ord,
         min(date) FILTER (WHERE rn = 1) AS first_date,
         ARRAY[
           COALESCE(sum(date - prev_date) FILTER (WHERE rn > 1 AND from_stage = 'lead'), 0),
           COALESCE(sum(date - prev_date) FILTER (WHERE rn > 1 AND from_stage = 'signed'), 0),
           COALESCE(sum(date - prev_date) FILTER (WHERE rn > 1 AND from_stage = 'landed'), 0),
           COALESCE(sum(date - prev_date) FILTER (WHERE rn > 1 AND from_stage = 'construction'), 0),
           COALESCE(sum(date - prev_date) FILTER (WHERE rn > 1 AND from_stage = 'production'), 0)
         ]::int[] AS stay_days,
         ARRAY[
           count(*) FILTER (WHERE from_stage = 'lead'),
           count(*) FILTER (WHERE from_stage = 'signed'),
           count(*) FILTER (WHERE from_stage = 'landed'),
           count(*) FILTER (WHERE from_stage = 'construction'),
           count(*) FILTER (WHERE from_stage = 'production')
         ]::int[] AS stays
    FROM m, (SELECT ARRAY['lead','signed','landed','construction','production']::text[] AS o) s
   GROUP BY lead_id;

  CREATE TABLE lead_funnel_facts (
    lead_id uuid PRIMARY KEY REFERENCES leads (id) ON DELETE CASCADE,
    created_on date NOT NULL,
    track text NOT NULL,
    park text NULL,
    owner_id uuid NOT NULL,
    planned numeric(16, 4) NOT NULL,
    amount numeric(16, 4) NOT NULL,
    reach smallint NULL,
    lost_ord smallint NULL,
    d1 int NULL,
    d2 int NULL,
    d3 int NULL,
    d4 int NULL,
    d5 int NULL
  ) WITH (fillfactor = 90);
  CREATE INDEX lead_funnel_facts_created_idx ON lead_funnel_facts (created_on);
  CREATE INDEX lead_funnel_facts_owner_idx ON lead_funnel_facts (owner_id);
  -- The zone the facts' created_on is a date in (the app states its zone before reading).
  CREATE TABLE report_settings (
    id boolean PRIMARY KEY DEFAULT true CHECK (id),
    time_zone text NOT NULL
  );

  CREATE TABLE lead_funnel_months (
    month date NOT NULL,
    track text NOT NULL,
    park text NULL,
    reach smallint NULL,
    lost_ord smallint NULL,
    n int NOT NULL,
    planned numeric(24, 4) NOT NULL,
    amount numeric(24, 4) NOT NULL,
    CONSTRAINT lead_funnel_months_key UNIQUE NULLS NOT DISTINCT (month, track, park, reach, lost_ord)
  );
  CREATE TABLE lead_funnel_month_days (
    month date NOT NULL,
    track text NOT NULL,
    park text NULL,
    k smallint NOT NULL,
    days int NOT NULL,
    n int NOT NULL,
    CONSTRAINT lead_funnel_month_days_key UNIQUE NULLS NOT DISTINCT (month, track, park, k, days)
  );

  CREATE TABLE lead_investment_years (
    lead_id uuid NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
    year int NOT NULL,
    paid_in_wan numeric(20, 4) NOT NULL,
    completed_wan numeric(20, 4) NOT NULL,
    PRIMARY KEY (lead_id, year)
  );
`;

export const TABLES = [USERS, CATALOG, LEADS, NOTIFICATIONS, TARGETS, REPORTS];
