import { Injectable } from '@nestjs/common';
import {
  formatWan,
  isUniqueViolation,
  NotFoundError,
  tr,
  ValidationFailedError,
  VersionConflictError,
  wanToYi,
} from '@luodi/core';
import { Chain, ChainLinkDetail, ChainReport, isGap, linkState } from './chain';
import { ChainPosition } from './company';
import { ChainsRepository } from './chains.repository';
import { CompaniesRepository } from './companies.repository';

const duplicateName = () =>
  new ValidationFailedError([
    { field: 'name', message: tr('已有同名的产业链或环节', 'a chain or link of this name exists') },
  ]);

/** 产业链: chains and their links per track (admins edit them), target companies per link, the chain report. */
@Injectable()
export class ChainsService {
  constructor(
    private readonly chains: ChainsRepository,
    private readonly companies: CompaniesRepository,
  ) {}

  list(track?: string): Promise<Chain[]> {
    return this.chains.list(track);
  }

  async get(id: string): Promise<Chain> {
    const [chain] = await this.chains.list(undefined, id);
    if (!chain) throw new NotFoundError('该产业链', 'Chain');
    return chain;
  }

  async create(input: {
    track: string;
    name: string;
    links?: { name: string; position: ChainPosition }[];
  }): Promise<Chain> {
    let id: string;
    try {
      id = await this.chains.db.transaction(async (tx) => {
        const chainId = await this.chains.insertChain(tx, input.track, input.name.trim());
        for (const link of input.links ?? []) {
          await this.chains.insertLink(tx, chainId, link.name.trim(), link.position);
        }
        return chainId;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw duplicateName();
      throw err;
    }
    return this.get(id);
  }

  async update(id: string, input: { name?: string; track?: string; version: number }): Promise<Chain> {
    const current = await this.get(id);
    if (current.version !== input.version) throw new VersionConflictError(current.version);
    try {
      if (
        !(await this.chains.updateChain(id, input.version, { name: input.name?.trim(), track: input.track }))
      ) {
        throw new VersionConflictError();
      }
    } catch (err) {
      if (isUniqueViolation(err)) throw duplicateName();
      throw err;
    }
    return this.get(id);
  }

  async addLink(chainId: string, input: { name: string; position: ChainPosition }): Promise<Chain> {
    await this.get(chainId);
    try {
      await this.chains.insertLink(this.chains.db, chainId, input.name.trim(), input.position);
    } catch (err) {
      if (isUniqueViolation(err)) throw duplicateName();
      throw err;
    }
    return this.get(chainId);
  }

  async linkDetail(linkId: string): Promise<ChainLinkDetail> {
    const detail = await this.chains.linkDetail(linkId);
    if (!detail) throw new NotFoundError('该产业链环节', 'Chain link');
    return detail;
  }

  /** Adds a target company (招商目标企业) to a link; `created` tells 201 from 200 (already a target). */
  async addTarget(
    linkId: string,
    input: { companyId: string; note?: string | null },
    userId: string,
  ): Promise<{ created: boolean; link: ChainLinkDetail }> {
    if (!(await this.chains.linkExists(linkId))) throw new NotFoundError('该产业链环节', 'Chain link');
    if (!(await this.companies.findById(input.companyId))) {
      throw new ValidationFailedError([
        { field: 'companyId', message: tr('企业库中没有该企业', 'is not a registered company') },
      ]);
    }
    const created = await this.chains.upsertTarget(
      linkId,
      input.companyId,
      input.note?.trim() || null,
      userId,
    );
    return { created, link: await this.linkDetail(linkId) };
  }

  linkExists(id: string): Promise<boolean> {
    return this.chains.linkExists(id);
  }

  /** `GET /reports/chains`: per link of each chain, what is there, with gap flags and the state for the map. */
  async report(track?: string): Promise<ChainReport[]> {
    const rows = await this.chains.figures(track);
    const chains: ChainReport[] = [];
    for (const r of rows) {
      let chain = chains[chains.length - 1];
      if (!chain || chain.id !== r.chain_id) {
        chain = { id: r.chain_id, track: r.track, name: r.chain_name, links: [] };
        chains.push(chain);
      }
      if (!r.link_id) continue;
      const counts = {
        companiesPresent: r.companies_present,
        leadsInProgress: r.leads_in_progress,
        targetsNotApproached: r.targets_not_approached,
      };
      chain.links.push({
        id: r.link_id,
        name: r.link_name!,
        position: r.position!,
        ...counts,
        signedAmountWan: formatWan(r.signed_wan),
        signedAmountYi: wanToYi(r.signed_wan),
        gap: isGap(counts),
        state: linkState(counts),
      });
    }
    return chains;
  }
}
