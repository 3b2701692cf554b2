import { MigrationInterface, QueryRunner } from 'typeorm';
import { BASELINE_TABLES, SCHEMA } from '../schema';

/**
 * The baseline: the whole schema as it stood when the first migrations were squashed (nothing was released
 * before). It keeps the first migration's timestamp so every later migration sorts after it. What it creates is
 * written, readable, in ../schema (tables, reference data, and each function with its triggers).
 */
export class Baseline1732700000000 implements MigrationInterface {
  name = 'Baseline1732700000000';

  async up(q: QueryRunner): Promise<void> {
    // A database built by the migrations this baseline replaces already has exactly this schema (checked with
    // pg_dump when they were squashed): record the baseline there and create nothing.
    const [old] = (await q.query(
      `SELECT 1 FROM migrations WHERE name = 'AccountSessions1796200000000'`,
    )) as unknown[];
    if (old) return;
    for (const part of SCHEMA) await q.query(part);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW IF EXISTS lead_funnel_facts_source`);
    for (const table of BASELINE_TABLES) await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    for (const fn of [
      'lead_funnel_facts_refresh(uuid[])',
      'lead_funnel_use_zone(text)',
      'lead_funnel_facts_on_insert()',
      'lead_funnel_facts_on_update()',
      'lead_funnel_facts_on_delete()',
      'lead_funnel_facts_on_lead_insert()',
      'lead_funnel_facts_on_lead_update()',
      'lead_funnel_months_on_insert()',
      'lead_funnel_months_on_update()',
      'lead_funnel_months_on_delete()',
      'lead_funnel_months_on_truncate()',
      'lead_investment_years_refresh(uuid[], int[])',
      'lead_investment_years_on_insert()',
      'lead_investment_years_on_update()',
      'lead_investment_years_on_delete()',
      'luodi_notify_leads()',
      'luodi_notify_totals()',
    ]) {
      await q.query(`DROP FUNCTION IF EXISTS ${fn}`);
    }
  }
}
