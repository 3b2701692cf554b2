import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { firstRow, mutate, Queryable, rowsOf } from '@luodi/core';
import { Chain, ChainLinkDetail, IN_PROGRESS_STAGES, LinkLead, LinkTarget, PRESENT_STAGES } from './chain';
import { ChainPosition } from './company';

const SIGNED_STAGES = `('signed', 'landed', 'construction', 'production')`;
const list = (stages: readonly string[]) => `(${stages.map((s) => `'${s}'`).join(', ')})`;
const POSITION_ORDER = `array_position(ARRAY['upstream', 'midstream', 'downstream'], k.position)`;

export interface LinkFiguresRow {
  chain_id: string;
  track: string;
  chain_name: string;
  link_id: string | null;
  link_name: string | null;
  position: ChainPosition | null;
  companies_present: number;
  leads_in_progress: number;
  targets_not_approached: number;
  signed_wan: string;
}

@Injectable()
export class ChainsRepository {
  constructor(@InjectDataSource() readonly db: DataSource) {}

  list(track?: string, id?: string): Promise<Chain[]> {
    return rowsOf<Chain>(
      this.db,
      `SELECT c.id, c.track, c.name, c.version,
              coalesce((SELECT json_agg(json_build_object('id', k.id, 'name', k.name, 'position', k.position)
                                 ORDER BY ${POSITION_ORDER}, k.sort_order, k.name)
                          FROM chain_links k WHERE k.chain_id = c.id), '[]') AS links
         FROM chains c JOIN tracks t ON t.code = c.track
        WHERE ($1::text IS NULL OR c.track = $1) AND ($2::uuid IS NULL OR c.id = $2)
        ORDER BY t.sort_order, c.created_at, c.name`,
      [track ?? null, id ?? null],
    );
  }

  async insertChain(tx: Queryable, track: string, name: string): Promise<string> {
    const row = await firstRow<{ id: string }>(
      tx,
      `INSERT INTO chains (track, name) VALUES ($1, $2) RETURNING id`,
      [track, name],
    );
    return row!.id;
  }

  async updateChain(id: string, version: number, set: { name?: string; track?: string }): Promise<boolean> {
    const { affected } = await mutate(
      this.db,
      `UPDATE chains SET name = coalesce($3, name), track = coalesce($4, track), version = version + 1
        WHERE id = $1 AND version = $2`,
      [id, version, set.name ?? null, set.track ?? null],
    );
    return affected === 1;
  }

  async insertLink(tx: Queryable, chainId: string, name: string, position: ChainPosition): Promise<string> {
    const row = await firstRow<{ id: string }>(
      tx,
      `INSERT INTO chain_links (chain_id, name, position, sort_order)
       VALUES ($1, $2, $3, (SELECT coalesce(max(sort_order), 0) + 1 FROM chain_links WHERE chain_id = $1))
       RETURNING id`,
      [chainId, name, position],
    );
    return row!.id;
  }

  async linkExists(id: string): Promise<boolean> {
    return (await firstRow(this.db, `SELECT 1 FROM chain_links WHERE id = $1`, [id])) !== null;
  }

  /** Adds (or re-notes) a target company of the link; true when new. */
  async upsertTarget(
    linkId: string,
    companyId: string,
    note: string | null,
    userId: string,
  ): Promise<boolean> {
    const row = await firstRow<{ created: boolean }>(
      this.db,
      `INSERT INTO chain_link_targets (link_id, company_id, note, created_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (link_id, company_id) DO UPDATE SET note = coalesce(EXCLUDED.note, chain_link_targets.note)
       RETURNING (xmax = 0) AS created`,
      [linkId, companyId, note, userId],
    );
    return row!.created;
  }

  async linkDetail(id: string): Promise<ChainLinkDetail | null> {
    const link = await firstRow<Omit<ChainLinkDetail, 'targets' | 'leads'>>(
      this.db,
      `SELECT k.id, k.name, k.position, c.id AS "chainId", c.name AS "chainName", c.track
         FROM chain_links k JOIN chains c ON c.id = k.chain_id WHERE k.id = $1`,
      [id],
    );
    if (!link) return null;
    const [targets, leads] = await Promise.all([
      rowsOf<LinkTarget>(
        this.db,
        `SELECT t.company_id AS "companyId", co.name AS "companyName", t.note,
                EXISTS (SELECT 1 FROM leads l WHERE l.company_id = t.company_id) AS approached,
                to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"
           FROM chain_link_targets t JOIN companies co ON co.id = t.company_id
          WHERE t.link_id = $1 ORDER BY t.created_at, co.name`,
        [id],
      ),
      rowsOf<LinkLead>(
        this.db,
        `SELECT l.id, l.company_id AS "companyId", l.company_name AS "companyName", l.project_name AS "projectName",
                l.stage, l.chain_role AS "chainRole", l.planned_investment_wan::text AS "plannedInvestmentWan",
                l.signed_amount_wan::text AS "signedAmountWan"
           FROM leads l WHERE l.chain_link_id = $1 ORDER BY l.created_at, l.id`,
        [id],
      ),
    ]);
    return { ...link, targets, leads };
  }

  /**
   * Per link of each chain (of a track): distinct companies with a lead at landed or later, leads in progress
   * (lead, signed), target companies with no lead at all, and the signed amount of the link's leads counted as
   * signed (signed or later). Chains without links come back as one row with a null link.
   */
  figures(track?: string): Promise<LinkFiguresRow[]> {
    return rowsOf<LinkFiguresRow>(
      this.db,
      `SELECT c.id AS chain_id, c.track, c.name AS chain_name, k.id AS link_id, k.name AS link_name, k.position,
              coalesce(f.companies_present, 0)::int AS companies_present,
              coalesce(f.leads_in_progress, 0)::int AS leads_in_progress,
              coalesce(g.targets_not_approached, 0)::int AS targets_not_approached,
              coalesce(f.signed_wan, 0)::text AS signed_wan
         FROM chains c JOIN tracks t ON t.code = c.track
         LEFT JOIN chain_links k ON k.chain_id = c.id
         LEFT JOIN LATERAL (
           SELECT count(DISTINCT l.company_id) FILTER (WHERE l.stage IN ${list(PRESENT_STAGES)}) AS companies_present,
                  count(*) FILTER (WHERE l.stage IN ${list(IN_PROGRESS_STAGES)}) AS leads_in_progress,
                  sum(l.signed_amount_wan) FILTER (WHERE l.stage IN ${SIGNED_STAGES}) AS signed_wan
             FROM leads l WHERE l.chain_link_id = k.id) f ON true
         LEFT JOIN LATERAL (
           SELECT count(*) AS targets_not_approached FROM chain_link_targets x
            WHERE x.link_id = k.id AND NOT EXISTS (SELECT 1 FROM leads l WHERE l.company_id = x.company_id)) g ON true
        WHERE ($1::text IS NULL OR c.track = $1)
        ORDER BY t.sort_order, c.created_at, c.name, ${POSITION_ORDER}, k.sort_order, k.name`,
      [track ?? null],
    );
  }
}
