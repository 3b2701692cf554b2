/**
 * Baseline A for bench:api: bare Fastify + pg, what the hardware does with no framework. POST /leads validates
 * the body with Fastify's JSON schema and inserts one row (RETURNING it); GET /leads/:id reads one row by primary
 * key. PORT and DATABASE_URL from the environment; prints "listening" when ready.
 */
import Fastify from 'fastify';
import { Pool } from 'pg';
import type { BaselineLeadInput } from './baseline-table';

const COLUMNS = `id, company_name AS "companyName", project_name AS "projectName", track, park,
  planned_investment_wan AS "plannedInvestmentWan", stage, owner_id AS "ownerId", version,
  created_at AS "createdAt", updated_at AS "updatedAt"`;

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
  const app = Fastify({ logger: false });
  app.post<{ Body: BaselineLeadInput }>(
    '/leads',
    {
      schema: {
        body: {
          type: 'object',
          required: ['companyName', 'projectName', 'track', 'plannedInvestmentWan'],
          additionalProperties: false,
          properties: {
            companyName: { type: 'string', minLength: 1, maxLength: 200 },
            projectName: { type: 'string', minLength: 1, maxLength: 200 },
            track: { type: 'string', minLength: 1, maxLength: 40 },
            park: { type: 'string', maxLength: 40 },
            plannedInvestmentWan: { type: 'string', pattern: '^\\d{1,12}(\\.\\d{1,4})?$' },
          },
        },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const { rows } = await pool.query(
        `INSERT INTO bench_baseline_leads (company_name, project_name, track, park, planned_investment_wan)
         VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
        [b.companyName, b.projectName, b.track, b.park ?? null, b.plannedInvestmentWan],
      );
      return reply.code(201).send(rows[0]);
    },
  );
  app.get<{ Params: { id: string } }>(
    '/leads/:id',
    { schema: { params: { type: 'object', properties: { id: { type: 'string', format: 'uuid' } } } } },
    async (req, reply) => {
      const { rows } = await pool.query(`SELECT ${COLUMNS} FROM bench_baseline_leads WHERE id = $1`, [
        req.params.id,
      ]);
      return rows[0] ? rows[0] : reply.code(404).send({ status: 404 });
    },
  );
  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
  process.stdout.write('listening\n');
  process.once('SIGTERM', () => void app.close().then(() => pool.end()));
}

main().catch((err: unknown) => {
  process.stderr.write(`bare-fastify failed: ${String(err)}\n`);
  process.exit(1);
});
