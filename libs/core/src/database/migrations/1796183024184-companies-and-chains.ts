import { MigrationInterface, QueryRunner } from 'typeorm';
// A relative path: migrations also load where the @luodi aliases are not mapped (the test global setup).
import { companyNameNormSql } from '../../../../companies/src/company-name';

const OWNERSHIPS = `'central_soe', 'local_soe', 'private', 'foreign', 'hk_macao_taiwan', 'other'`;
const TAGS = `'fortune_global_500', 'china_500', 'listed', 'chain_leader', 'specialized', 'high_tech'`;

/**
 * 企业库与产业链 (issue 15): companies (one per credit code, and per normalised name without one), their names and
 * aliases for trigram similarity, contacts; chains, links and target companies; leads gain `company_id`,
 * `project_type`, `chain_link_id`, `chain_role`.
 *
 * Every lead inserted from now on is linked to its company by a BEFORE INSERT trigger (found by credit code, else
 * by normalised name or alias, else created), so the API, the Excel import and the seed all link the same way, in
 * the lead's own transaction. Existing leads are linked set-based (see `linkExistingLeads`); running it again
 * links nothing twice.
 *
 * `company_name_norm(text)` is built from the patterns in libs/companies/src/company-name.ts; a change of those
 * patterns needs a new migration that re-creates the function and re-normalises `companies.name_norm` and
 * `company_names`.
 */
export class CompaniesAndChains1796183024184 implements MigrationInterface {
  name = 'CompaniesAndChains1796183024184';

  async up(q: QueryRunner): Promise<void> {
    // Linking a million leads takes longer than the pool's 30 s statement timeout (this transaction only).
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(companyNameNormSql());
    await q.query(`
      CREATE TABLE companies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        name_norm text NOT NULL,
        credit_code text NULL,
        aliases text[] NOT NULL DEFAULT '{}',
        ownership text NOT NULL DEFAULT 'other' CHECK (ownership IN (${OWNERSHIPS})),
        tags text[] NOT NULL DEFAULT '{}' CHECK (tags <@ ARRAY[${TAGS}]),
        hq_region text NULL,
        website text NULL,
        notes text NULL,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX companies_credit_code_key ON companies (credit_code) WHERE credit_code IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX companies_name_norm_key ON companies (name_norm) WHERE credit_code IS NULL`,
    );
    await q.query(`CREATE INDEX companies_name_norm_idx ON companies (name_norm, created_at)`);
    await q.query(`CREATE INDEX companies_created_idx ON companies (created_at, id)`);
    await q.query(`CREATE INDEX companies_tags_idx ON companies USING gin (tags)`);
    // Every name of a company (its name and aliases), normalised: the similarity search's trigram index.
    await q.query(`
      CREATE TABLE company_names (
        company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
        name_norm text NOT NULL,
        PRIMARY KEY (company_id, name_norm)
      )`);
    await q.query(`
      CREATE TABLE company_contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
        name text NOT NULL,
        title text NULL,
        phone text NULL,
        email text NULL,
        created_by uuid NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX company_contacts_company_idx ON company_contacts (company_id, created_at)`);

    await q.query(`
      CREATE TABLE chains (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        track text NOT NULL REFERENCES tracks (code),
        name text NOT NULL,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (track, name)
      )`);
    await q.query(`
      CREATE TABLE chain_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        chain_id uuid NOT NULL REFERENCES chains (id) ON DELETE CASCADE,
        name text NOT NULL,
        position text NOT NULL CHECK (position IN ('upstream', 'midstream', 'downstream')),
        sort_order int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (chain_id, name)
      )`);
    await q.query(`
      CREATE TABLE chain_link_targets (
        link_id uuid NOT NULL REFERENCES chain_links (id) ON DELETE CASCADE,
        company_id uuid NOT NULL REFERENCES companies (id),
        note text NULL,
        created_by uuid NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (link_id, company_id)
      )`);

    // Constant defaults: no table rewrite at 1M leads.
    await q.query(`
      ALTER TABLE leads
        ADD COLUMN company_id uuid NULL REFERENCES companies (id),
        ADD COLUMN project_type text NOT NULL DEFAULT 'new' CHECK (project_type IN ('new', 'expansion', 'upgrade')),
        ADD COLUMN chain_link_id uuid NULL REFERENCES chain_links (id),
        ADD COLUMN chain_role text NULL CHECK (chain_role IN ('fill', 'strengthen', 'extend'))`);

    await q.query(`
      CREATE FUNCTION company_find_or_create(company_name text, code text) RETURNS uuid LANGUAGE plpgsql AS $$
      DECLARE
        norm text := company_name_norm(company_name);
        cid uuid;
      BEGIN
        IF code IS NOT NULL THEN
          SELECT id INTO cid FROM companies WHERE credit_code = code;
          IF cid IS NOT NULL THEN RETURN cid; END IF;
          -- The same firm entered earlier without its code takes it (one company per firm).
          UPDATE companies SET credit_code = code, version = version + 1, updated_at = now()
           WHERE name_norm = norm AND credit_code IS NULL RETURNING id INTO cid;
          IF cid IS NOT NULL THEN RETURN cid; END IF;
        ELSE
          SELECT id INTO cid FROM companies WHERE name_norm = norm
           ORDER BY credit_code IS NULL DESC, created_at LIMIT 1;
          IF cid IS NOT NULL THEN RETURN cid; END IF;
          SELECT n.company_id INTO cid FROM company_names n JOIN companies c ON c.id = n.company_id
           WHERE n.name_norm = norm ORDER BY c.created_at LIMIT 1;
          IF cid IS NOT NULL THEN RETURN cid; END IF;
        END IF;
        INSERT INTO companies (name, name_norm, credit_code) VALUES (company_name, norm, code)
          ON CONFLICT DO NOTHING RETURNING id INTO cid;
        IF cid IS NULL THEN -- a concurrent insert of the same firm won
          SELECT id INTO cid FROM companies
           WHERE (code IS NOT NULL AND credit_code = code) OR (code IS NULL AND name_norm = norm AND credit_code IS NULL);
        ELSE
          INSERT INTO company_names (company_id, name_norm) VALUES (cid, norm) ON CONFLICT DO NOTHING;
        END IF;
        RETURN cid;
      END $$`);
    await q.query(`
      CREATE FUNCTION leads_link_company() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.company_id IS NULL THEN
          NEW.company_id := company_find_or_create(NEW.company_name, NEW.credit_code);
        END IF;
        -- An INSERT that lists the column without a value (the generic INSERT of every lead field) means 新引进.
        NEW.project_type := coalesce(NEW.project_type, 'new');
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER leads_link_company BEFORE INSERT ON leads
      FOR EACH ROW EXECUTE FUNCTION leads_link_company()`);

    await linkExistingLeads(q);
    await q.query(`CREATE INDEX leads_company_idx ON leads (company_id)`);
    await q.query(
      `CREATE INDEX leads_chain_link_idx ON leads (chain_link_id) WHERE chain_link_id IS NOT NULL`,
    );
    // GIN, not GiST: at 1M names a `%` look-up took 15–28 ms with GIN, 300–750 ms by GiST's nearest-neighbour scan.
    await q.query(`CREATE INDEX company_names_trgm_idx ON company_names USING gin (name_norm gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS leads_link_company ON leads`);
    await q.query(`DROP FUNCTION IF EXISTS leads_link_company()`);
    await q.query(`DROP FUNCTION IF EXISTS company_find_or_create(text, text)`);
    await q.query(`
      ALTER TABLE leads DROP COLUMN IF EXISTS company_id, DROP COLUMN IF EXISTS project_type,
        DROP COLUMN IF EXISTS chain_link_id, DROP COLUMN IF EXISTS chain_role`);
    for (const table of [
      'chain_link_targets',
      'chain_links',
      'chains',
      'company_contacts',
      'company_names',
      'companies',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS company_name_norm(text)`);
  }
}

/**
 * Links every lead without a company, set-based (a few statements whatever the number of leads): one company per
 * credit code (named as its earliest lead), then one per normalised name among leads without a code, unless a
 * company of that name exists; then the leads. Each name is normalised once (a temporary table of distinct
 * names), not once per lead. Idempotent: only leads with `company_id IS NULL` are touched, and companies are
 * inserted ON CONFLICT DO NOTHING.
 */
export async function linkExistingLeads(q: Pick<QueryRunner, 'query'>): Promise<void> {
  await q.query(`
    INSERT INTO companies (name, name_norm, credit_code, created_at)
    SELECT DISTINCT ON (credit_code) company_name, company_name_norm(company_name), credit_code, created_at
      FROM leads WHERE company_id IS NULL AND credit_code IS NOT NULL
     ORDER BY credit_code, created_at, id
    ON CONFLICT DO NOTHING`);
  await q.query(`DROP TABLE IF EXISTS pg_temp.lead_name_norms`);
  await q.query(`
    CREATE TEMPORARY TABLE lead_name_norms AS
    SELECT company_name, company_name_norm(company_name) AS name_norm
      FROM (SELECT DISTINCT company_name FROM leads WHERE company_id IS NULL AND credit_code IS NULL) d`);
  await q.query(`CREATE INDEX ON pg_temp.lead_name_norms (company_name)`);
  await q.query(`ANALYZE pg_temp.lead_name_norms`);
  await q.query(`
    INSERT INTO companies (name, name_norm, created_at)
    SELECT DISTINCT ON (n.name_norm) l.company_name, n.name_norm, l.created_at
      FROM leads l JOIN pg_temp.lead_name_norms n ON n.company_name = l.company_name
     WHERE l.company_id IS NULL AND l.credit_code IS NULL
       AND NOT EXISTS (SELECT 1 FROM companies c WHERE c.name_norm = n.name_norm)
     ORDER BY n.name_norm, l.created_at, l.id
    ON CONFLICT DO NOTHING`);
  await q.query(`
    INSERT INTO company_names (company_id, name_norm)
    SELECT id, name_norm FROM companies ON CONFLICT DO NOTHING`);
  // The leads' statement-level UPDATE triggers (funnel facts …) compare old and new transition tables, which is
  // quadratic for a million-row UPDATE (20,000 leads took 260 s); none reads company_id, so they are off for these
  // two statements only (constraint triggers, i.e. foreign keys, stay on). ALTER TABLE is transactional.
  await q.query(`ALTER TABLE leads DISABLE TRIGGER USER`);
  await q.query(`
    UPDATE leads l SET company_id = c.id FROM companies c
     WHERE l.company_id IS NULL AND l.credit_code IS NOT NULL AND c.credit_code = l.credit_code`);
  // Each distinct name's company first (a code-less one preferred, else the earliest), then the leads by name.
  await q.query(`ALTER TABLE pg_temp.lead_name_norms ADD COLUMN company_id uuid`);
  await q.query(`
    UPDATE pg_temp.lead_name_norms n SET company_id = m.id
      FROM (SELECT DISTINCT ON (name_norm) name_norm, id FROM companies
             ORDER BY name_norm, credit_code IS NULL DESC, created_at) m
     WHERE m.name_norm = n.name_norm`);
  await q.query(`ANALYZE pg_temp.lead_name_norms`);
  await q.query(`
    UPDATE leads l SET company_id = n.company_id FROM pg_temp.lead_name_norms n
     WHERE l.company_id IS NULL AND l.credit_code IS NULL AND l.company_name = n.company_name`);
  await q.query(`ALTER TABLE leads ENABLE TRIGGER USER`);
  await q.query(`DROP TABLE pg_temp.lead_name_norms`);
}
