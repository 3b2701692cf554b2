import { MigrationInterface, QueryRunner } from 'typeorm';

const STAT_COLS = 'kind, month, track, park, stage';
const INVEST_COLS = 'kind, month, track, park, stage, year';

/**
 * A lead's contributions to the cohort counts, one row per cohort it is in (`r`: rows of `leads`):
 * - `signed`: the month of its first signing, while it counts as signed (the targets' counting rule), with its
 *   signed amount (the signings by month, 当年落地率, 资金到位率's denominator);
 * - `landed`: the month of its landing, while at `landed` or later (开工率);
 * - `started`: the month it started construction, while at `construction` or `production`, with its planned
 *   investment (投产率; 投资完成率's denominator from the rows at `construction`).
 */
const contributions = (rows: string) => `
  SELECT v.kind, date_trunc('month', v.on_date)::date AS month, r.track, r.park, r.stage, r.id,
         v.amount
    FROM ${rows} r
   CROSS JOIN LATERAL (VALUES
     ('signed', r.first_signed_at, COALESCE(r.signed_amount_wan, 0),
      ARRAY['signed', 'landed', 'construction', 'production']),
     ('landed', r.landed_at, 0::numeric, ARRAY['landed', 'construction', 'production']),
     ('started', r.construction_started_at, r.planned_investment_wan, ARRAY['construction', 'production'])
   ) AS v (kind, on_date, amount, stages)
   WHERE v.on_date IS NOT NULL AND r.stage = ANY (v.stages)`;

/** The same cohorts joined to each lead's yearly investment sums (`c`: contributions; `i`: investment years). */
const investmentsOf = (contrib: string, years: string) => `
  SELECT c.kind, c.month, c.track, c.park, c.stage, i.year, i.paid_in_wan AS paid, i.completed_wan AS completed
    FROM (${contrib}) c JOIN ${years} i ON i.lead_id = c.id
   WHERE c.kind IN ('signed', 'started')`;

/**
 * The cockpit's yearly figures at a million leads (issue 10): the signings by month and the landing KPIs read
 * each year's cohorts (some 130,000 leads a year, and their investment sums) on every call; a year and one track
 * took 0.6 s for the KPIs alone on the loaded test machine. Two monthly summaries now hold them:
 *
 * - `lead_cockpit_months` (kind, month, track, park, stage → n, amount): the leads of each cohort above;
 * - `lead_cockpit_investments` (kind, month, track, park, stage, year → paid, completed): the cohorts' sums of
 *   `lead_investment_years` (到位资金 and 投资完成额 by year).
 *
 * Kept like the funnel summaries (migration FunnelSummaryDeltas): writers only append net changes to the delta
 * tables (no row is locked, so concurrent writers never queue on a summary row); each view adds the folded rows
 * and the pending deltas, so readers are exact at every moment; `lead_cockpit_fold()`, called by the worker with
 * the other folds, moves the deltas into the folded tables.
 *
 * Who appends: statement-level triggers on `leads` (a lead entering, leaving or moving between cohorts moves its
 * counts and its investment sums) and on `lead_investment_years` (a lead's sums changing, under its current
 * cohort). The latter first takes a share lock on the leads concerned, so a concurrent change of a lead's cohort
 * either waits for it or is seen by it: never both filed under the old cohort. A lead's deletion subtracts its
 * investment sums before the row goes (the cascade that removes them then finds no lead to file them under).
 */
export class CockpitSummaries1796193987149 implements MigrationInterface {
  name = 'CockpitSummaries1796193987149';

  async up(q: QueryRunner): Promise<void> {
    // The backfill reads every lead and investment year: no 30 s statement limit here.
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`
      CREATE TABLE lead_cockpit_months_folded (
        kind text NOT NULL, month date NOT NULL, track text NOT NULL, park text NULL, stage text NOT NULL,
        n int NOT NULL, amount numeric(24, 4) NOT NULL,
        CONSTRAINT lead_cockpit_months_key UNIQUE NULLS NOT DISTINCT (kind, month, track, park, stage)
      )`);
    await q.query(`
      CREATE TABLE lead_cockpit_month_deltas (
        kind text NOT NULL, month date NOT NULL, track text NOT NULL, park text NULL, stage text NOT NULL,
        n int NOT NULL, amount numeric(24, 4) NOT NULL
      )`);
    await q.query(`
      CREATE TABLE lead_cockpit_investments_folded (
        kind text NOT NULL, month date NOT NULL, track text NOT NULL, park text NULL, stage text NOT NULL,
        year int NOT NULL, n int NOT NULL, paid numeric(24, 4) NOT NULL, completed numeric(24, 4) NOT NULL,
        CONSTRAINT lead_cockpit_investments_key UNIQUE NULLS NOT DISTINCT (kind, month, track, park, stage, year)
      )`);
    await q.query(`
      CREATE TABLE lead_cockpit_investment_deltas (
        kind text NOT NULL, month date NOT NULL, track text NOT NULL, park text NULL, stage text NOT NULL,
        year int NOT NULL, n int NOT NULL, paid numeric(24, 4) NOT NULL, completed numeric(24, 4) NOT NULL
      )`);
    await q.query(`
      CREATE VIEW lead_cockpit_months AS
      SELECT ${STAT_COLS}, sum(n)::int AS n, sum(amount)::numeric(24, 4) AS amount
        FROM (SELECT ${STAT_COLS}, n, amount FROM lead_cockpit_months_folded
              UNION ALL SELECT ${STAT_COLS}, n, amount FROM lead_cockpit_month_deltas) u
       GROUP BY ${STAT_COLS} HAVING sum(n) <> 0`);
    // `n` counts the (lead, year) rows behind a group, so a group whose sums net to zero still shows while any
    // lead has investments there.
    await q.query(`
      CREATE VIEW lead_cockpit_investments AS
      SELECT ${INVEST_COLS}, sum(n)::int AS n, sum(paid)::numeric(24, 4) AS paid,
             sum(completed)::numeric(24, 4) AS completed
        FROM (SELECT ${INVEST_COLS}, n, paid, completed FROM lead_cockpit_investments_folded
              UNION ALL SELECT ${INVEST_COLS}, n, paid, completed FROM lead_cockpit_investment_deltas) u
       GROUP BY ${INVEST_COLS} HAVING sum(n) <> 0`);

    // Backfill, set-based.
    await q.query(`
      INSERT INTO lead_cockpit_months_folded (${STAT_COLS}, n, amount)
      SELECT ${STAT_COLS}, count(*), sum(amount) FROM (${contributions('leads')}) c GROUP BY 1, 2, 3, 4, 5`);
    await q.query(`
      INSERT INTO lead_cockpit_investments_folded (${INVEST_COLS}, n, paid, completed)
      SELECT ${INVEST_COLS}, count(*), sum(paid), sum(completed)
        FROM (${investmentsOf(contributions('leads'), 'lead_investment_years')}) x GROUP BY 1, 2, 3, 4, 5, 6`);

    // Appending a signed set of contributions (s = 1 or -1 per row) as net deltas per group.
    const appendStats = (signed: string) => `
        INSERT INTO lead_cockpit_month_deltas (${STAT_COLS}, n, amount)
        SELECT ${STAT_COLS}, sum(s), sum(s * amount) FROM (${signed}) d GROUP BY 1, 2, 3, 4, 5
        HAVING sum(s) <> 0 OR sum(s * amount) <> 0;`;
    const appendInvestments = (signed: string) => `
        INSERT INTO lead_cockpit_investment_deltas (${INVEST_COLS}, n, paid, completed)
        SELECT ${INVEST_COLS}, sum(s), sum(s * paid), sum(s * completed) FROM (${signed}) d
         GROUP BY 1, 2, 3, 4, 5, 6
        HAVING sum(s) <> 0 OR sum(s * paid) <> 0 OR sum(s * completed) <> 0;`;
    const stats = (rows: string, s: number) => `SELECT *, ${s} AS s FROM (${contributions(rows)}) c`;
    const invest = (rows: string, years: string, s: number) =>
      `SELECT *, ${s} AS s FROM (${investmentsOf(contributions(rows), years)}) x`;
    const fn = (name: string, body: string, returns = 'RETURN NULL;') => `
      CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${body}
        ${returns}
      END $$`;

    // On leads.
    await q.query(
      fn(
        'lead_cockpit_on_lead_insert',
        appendStats(stats('new_rows', 1)) + appendInvestments(invest('new_rows', 'lead_investment_years', 1)),
      ),
    );
    await q.query(
      fn(
        'lead_cockpit_on_lead_update',
        appendStats(`${stats('new_rows', 1)} UNION ALL ${stats('old_rows', -1)}`) +
          appendInvestments(
            `${invest('new_rows', 'lead_investment_years', 1)} UNION ALL ${invest('old_rows', 'lead_investment_years', -1)}`,
          ),
      ),
    );
    await q.query(fn('lead_cockpit_on_lead_delete', appendStats(stats('old_rows', -1))));
    await q.query(
      fn(
        'lead_cockpit_on_lead_delete_row',
        appendInvestments(
          invest('(SELECT OLD.*)', '(SELECT * FROM lead_investment_years WHERE lead_id = OLD.id)', -1),
        ),
        'RETURN OLD;',
      ),
    );
    await q.query(
      fn(
        'lead_cockpit_on_lead_truncate',
        `TRUNCATE lead_cockpit_months_folded, lead_cockpit_month_deltas,
                  lead_cockpit_investments_folded, lead_cockpit_investment_deltas;`,
      ),
    );
    await q.query(`
      CREATE TRIGGER lead_cockpit_insert AFTER INSERT ON leads
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_cockpit_on_lead_insert()`);
    await q.query(`
      CREATE TRIGGER lead_cockpit_update AFTER UPDATE ON leads
      REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION lead_cockpit_on_lead_update()`);
    await q.query(`
      CREATE TRIGGER lead_cockpit_delete AFTER DELETE ON leads
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_cockpit_on_lead_delete()`);
    await q.query(`
      CREATE TRIGGER lead_cockpit_delete_row BEFORE DELETE ON leads
      FOR EACH ROW EXECUTE FUNCTION lead_cockpit_on_lead_delete_row()`);
    await q.query(`
      CREATE TRIGGER lead_cockpit_truncate AFTER TRUNCATE ON leads
      FOR EACH STATEMENT EXECUTE FUNCTION lead_cockpit_on_lead_truncate()`);

    // On lead_investment_years: the changed sums under each lead's current cohorts, once its row is share-locked
    // (each statement of a PL/pgSQL function sees what committed before it, so the lead read is the latest).
    const lock = (rows: string) =>
      `PERFORM 1 FROM leads l WHERE l.id IN (SELECT lead_id FROM ${rows}) ORDER BY l.id FOR SHARE OF l;`;
    const ofLeads = (rows: string) => `(SELECT * FROM leads l WHERE l.id IN (SELECT lead_id FROM ${rows}))`;
    await q.query(
      fn(
        'lead_cockpit_on_years_insert',
        lock('new_rows') + appendInvestments(invest(ofLeads('new_rows'), 'new_rows', 1)),
      ),
    );
    await q.query(
      fn(
        'lead_cockpit_on_years_update',
        lock('new_rows') +
          lock('old_rows') +
          appendInvestments(
            `${invest(ofLeads('new_rows'), 'new_rows', 1)} UNION ALL ${invest(ofLeads('old_rows'), 'old_rows', -1)}`,
          ),
      ),
    );
    await q.query(
      fn(
        'lead_cockpit_on_years_delete',
        lock('old_rows') + appendInvestments(invest(ofLeads('old_rows'), 'old_rows', -1)),
      ),
    );
    await q.query(
      fn(
        'lead_cockpit_on_years_truncate',
        `TRUNCATE lead_cockpit_investments_folded, lead_cockpit_investment_deltas;`,
      ),
    );
    await q.query(`
      CREATE TRIGGER lead_cockpit_years_insert AFTER INSERT ON lead_investment_years
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_cockpit_on_years_insert()`);
    await q.query(`
      CREATE TRIGGER lead_cockpit_years_update AFTER UPDATE ON lead_investment_years
      REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION lead_cockpit_on_years_update()`);
    await q.query(`
      CREATE TRIGGER lead_cockpit_years_delete AFTER DELETE ON lead_investment_years
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_cockpit_on_years_delete()`);
    await q.query(`
      CREATE TRIGGER lead_cockpit_years_truncate AFTER TRUNCATE ON lead_investment_years
      FOR EACH STATEMENT EXECUTE FUNCTION lead_cockpit_on_years_truncate()`);

    // Moves the pending deltas into the folded rows (keys in sorted order, so concurrent folds queue rather than
    // deadlock); groups that reach zero are deleted. Returns how many delta rows were moved.
    await q.query(`
      CREATE FUNCTION lead_cockpit_fold() RETURNS int LANGUAGE plpgsql AS $$
      DECLARE moved int; moved_investments int;
      BEGIN
        WITH d AS (DELETE FROM lead_cockpit_month_deltas RETURNING *),
             c AS (SELECT count(*)::int AS n FROM d),
             up AS (
               INSERT INTO lead_cockpit_months_folded AS m (${STAT_COLS}, n, amount)
               SELECT ${STAT_COLS}, sum(n), sum(amount) FROM d GROUP BY 1, 2, 3, 4, 5
               HAVING sum(n) <> 0 OR sum(amount) <> 0 ORDER BY 1, 2, 3, 4, 5
               ON CONFLICT ON CONSTRAINT lead_cockpit_months_key DO UPDATE
                 SET n = m.n + EXCLUDED.n, amount = m.amount + EXCLUDED.amount
               RETURNING 1)
        SELECT c.n INTO moved FROM c;
        WITH d AS (DELETE FROM lead_cockpit_investment_deltas RETURNING *),
             c AS (SELECT count(*)::int AS n FROM d),
             up AS (
               INSERT INTO lead_cockpit_investments_folded AS m (${INVEST_COLS}, n, paid, completed)
               SELECT ${INVEST_COLS}, sum(n), sum(paid), sum(completed) FROM d GROUP BY 1, 2, 3, 4, 5, 6
               HAVING sum(n) <> 0 OR sum(paid) <> 0 OR sum(completed) <> 0 ORDER BY 1, 2, 3, 4, 5, 6
               ON CONFLICT ON CONSTRAINT lead_cockpit_investments_key DO UPDATE
                 SET n = m.n + EXCLUDED.n, paid = m.paid + EXCLUDED.paid, completed = m.completed + EXCLUDED.completed
               RETURNING 1)
        SELECT c.n INTO moved_investments FROM c;
        IF moved > 0 THEN DELETE FROM lead_cockpit_months_folded WHERE n = 0; END IF;
        IF moved_investments > 0 THEN DELETE FROM lead_cockpit_investments_folded WHERE n = 0; END IF;
        RETURN moved + moved_investments;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['insert', 'update', 'delete', 'delete_row', 'truncate'])
      await q.query(`DROP TRIGGER lead_cockpit_${t} ON leads`);
    for (const t of ['insert', 'update', 'delete', 'truncate'])
      await q.query(`DROP TRIGGER lead_cockpit_years_${t} ON lead_investment_years`);
    for (const f of ['insert', 'update', 'delete', 'delete_row', 'truncate'])
      await q.query(`DROP FUNCTION lead_cockpit_on_lead_${f}()`);
    for (const f of ['insert', 'update', 'delete', 'truncate'])
      await q.query(`DROP FUNCTION lead_cockpit_on_years_${f}()`);
    await q.query(`DROP FUNCTION lead_cockpit_fold()`);
    await q.query(`DROP VIEW lead_cockpit_months`);
    await q.query(`DROP VIEW lead_cockpit_investments`);
    await q.query(`DROP TABLE lead_cockpit_months_folded, lead_cockpit_month_deltas`);
    await q.query(`DROP TABLE lead_cockpit_investments_folded, lead_cockpit_investment_deltas`);
  }
}
