import { MigrationInterface, QueryRunner } from 'typeorm';

const STAGES = `ARRAY['lead','signed','landed','construction','production']::text[]`;

/**
 * A new lead's funnel facts from its own row. The insert trigger called lead_funnel_facts_refresh, which joins the
 * lead to lead_funnel_facts_source (the aggregation of its transitions) in a LANGUAGE sql function planned on every
 * call: the largest part of `POST /leads`'s time in PostgreSQL (pg_stat_user_functions at 10k leads under 50
 * connections: 10.5 ms of a create's ~23 ms in functions). A lead being inserted has no transitions yet (they
 * reference it, and each insert of one refreshes its lead through lead_funnel_facts_insert), so reach and lost_ord
 * come from its stage alone and every stay d1..d5 is null: exactly what the refresh computes for such a lead
 * (test/reports/summary-deltas: the facts after creates equal a full refresh).
 */
export class FunnelFactsNewLead1796211899639 implements MigrationInterface {
  name = 'FunnelFactsNewLead1796211899639';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION lead_funnel_facts_on_lead_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO lead_funnel_facts (lead_id, created_on, track, park, owner_id, planned, amount, reach, lost_ord,
                                       d1, d2, d3, d4, d5)
        SELECT n.id, (n.created_at AT TIME ZONE (SELECT time_zone FROM report_settings))::date, n.track, n.park,
               n.owner_id, n.planned_investment_wan, COALESCE(n.signed_amount_wan, n.planned_investment_wan),
               greatest(array_position(${STAGES}, n.stage), array_position(${STAGES}, n.lost_from_stage)),
               CASE WHEN n.stage = 'lost' THEN array_position(${STAGES}, COALESCE(n.lost_from_stage, 'lead')) END,
               NULL, NULL, NULL, NULL, NULL
          FROM new_rows n
        ON CONFLICT (lead_id) DO UPDATE SET created_on = EXCLUDED.created_on, track = EXCLUDED.track,
          park = EXCLUDED.park, owner_id = EXCLUDED.owner_id, planned = EXCLUDED.planned, amount = EXCLUDED.amount,
          reach = EXCLUDED.reach, lost_ord = EXCLUDED.lost_ord, d1 = NULL, d2 = NULL, d3 = NULL, d4 = NULL,
          d5 = NULL;
        RETURN NULL;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION lead_funnel_facts_on_lead_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM lead_funnel_facts_refresh(ARRAY(SELECT id FROM new_rows));
        RETURN NULL;
      END $$`);
  }
}
