/**
 * `lead_investment_years`: each lead's 到位资金 and 投资完成额 summed by year, kept exact by statement-level
 * triggers on `lead_investments` that recompute the (lead, year) pairs a statement touched.
 */
export const INVESTMENT_YEARS = `
  CREATE FUNCTION lead_investment_years_refresh(ids uuid[], years int[]) RETURNS void LANGUAGE sql AS $$
    WITH k AS (SELECT DISTINCT lead_id, year FROM unnest(ids, years) AS k (lead_id, year))
    DELETE FROM lead_investment_years y USING k
     WHERE y.lead_id = k.lead_id AND y.year = k.year
       AND NOT EXISTS (SELECT 1 FROM lead_investments i WHERE i.lead_id = k.lead_id
                          AND i.month >= make_date(k.year, 1, 1) AND i.month < make_date(k.year + 1, 1, 1));
    WITH k AS (SELECT DISTINCT lead_id, year FROM unnest(ids, years) AS k (lead_id, year))
    INSERT INTO lead_investment_years (lead_id, year, paid_in_wan, completed_wan)
    SELECT k.lead_id, k.year, sum(i.paid_in_wan), sum(i.completed_wan)
      FROM k JOIN lead_investments i ON i.lead_id = k.lead_id
            AND i.month >= make_date(k.year, 1, 1) AND i.month < make_date(k.year + 1, 1, 1)
     GROUP BY k.lead_id, k.year
    ON CONFLICT (lead_id, year) DO UPDATE
      SET paid_in_wan = EXCLUDED.paid_in_wan, completed_wan = EXCLUDED.completed_wan;
  $$;

  CREATE FUNCTION lead_investment_years_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM lead_investment_years_refresh(array_agg(r.lead_id), array_agg(r.year))
       FROM (SELECT lead_id, extract(year FROM month)::int AS year FROM new_rows) r;
    RETURN NULL;
  END $$;
  CREATE FUNCTION lead_investment_years_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM lead_investment_years_refresh(array_agg(r.lead_id), array_agg(r.year))
       FROM (SELECT lead_id, extract(year FROM month)::int AS year FROM new_rows
             UNION SELECT lead_id, extract(year FROM month)::int AS year FROM old_rows) r;
    RETURN NULL;
  END $$;
  CREATE FUNCTION lead_investment_years_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM lead_investment_years_refresh(array_agg(r.lead_id), array_agg(r.year))
       FROM (SELECT lead_id, extract(year FROM month)::int AS year FROM old_rows) r;
    RETURN NULL;
  END $$;
  CREATE TRIGGER lead_investment_years_insert AFTER INSERT ON lead_investments
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_investment_years_on_insert();
  CREATE TRIGGER lead_investment_years_update AFTER UPDATE ON lead_investments
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lead_investment_years_on_update();
  CREATE TRIGGER lead_investment_years_delete AFTER DELETE ON lead_investments
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION lead_investment_years_on_delete();
`;
