import { FUNNEL_FACTS, FUNNEL_MONTHS } from './functions/funnel';
import { INVESTMENT_YEARS } from './functions/investment-years';
import { LIVE_EVENTS } from './functions/live-events';
import { REFERENCE_DATA } from './reference-data';
import { TABLES } from './tables';

/**
 * The current schema in the order the baseline migration applies it: tables (with views and indexes), reference
 * data, then each database function with its triggers, each defined once in ./functions.
 */
export const SCHEMA = [...TABLES, REFERENCE_DATA, FUNNEL_FACTS, FUNNEL_MONTHS, INVESTMENT_YEARS, LIVE_EVENTS];

/** Every table the baseline creates, dropped in this order to undo it. */
export const BASELINE_TABLES = [
  'lead_investment_years',
  'lead_funnel_month_days',
  'lead_funnel_months',
  'report_settings',
  'lead_funnel_facts',
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
  'revoked_tokens',
  'users',
];
