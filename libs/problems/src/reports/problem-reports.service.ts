import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock, tr, ValidationFailedError } from '@luodi/core';
import { PROBLEM_CATEGORIES, PROBLEM_CATEGORY_NAMES } from '../problem';
import { ProblemFigures, ProblemsReport, SupervisionsReport } from './problem-reports';
import { ProblemReportsRepository } from './problem-reports.repository';

const ZERO: ProblemFigures = { opened: 0, resolved: 0, open: 0, overdue: 0, medianDaysToResolve: null };

function assertPeriod(from: string, to: string): void {
  if (from > to)
    throw new ValidationFailedError([
      { field: 'to', message: tr('不能早于开始日期', 'must not be before from') },
    ]);
}

const figures = (r: ProblemFigures): ProblemFigures => ({
  opened: r.opened,
  resolved: r.resolved,
  open: r.open,
  overdue: r.overdue,
  medianDaysToResolve: r.medianDaysToResolve,
});

/** 问题 and 督办 reports for a period (zone dates, Asia/Shanghai). */
@Injectable()
export class ProblemReportsService {
  constructor(
    private readonly repo: ProblemReportsRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async problems(q: { from: string; to: string; track?: string; park?: string }): Promise<ProblemsReport> {
    assertPeriod(q.from, q.to);
    const today = this.clock.today();
    const asOf = q.to < today ? q.to : today;
    const rows = await this.repo.problems({ ...q, asOf, zone: this.config.timeZone });
    const byCategory = new Map(rows.filter((r) => r.grouping === 1).map((r) => [r.category, r]));
    const byDepartment = new Map(rows.filter((r) => r.grouping === 2).map((r) => [r.department_id, r]));
    const total = rows.find((r) => r.grouping === 3);
    return {
      from: q.from,
      to: q.to,
      asOf,
      total: total ? figures(total) : ZERO,
      byCategory: PROBLEM_CATEGORIES.map((category) => {
        const r = byCategory.get(category);
        return { category, nameZh: PROBLEM_CATEGORY_NAMES[category], ...(r ? figures(r) : ZERO) };
      }),
      byDepartment: (await this.repo.departmentNames()).map(({ id, name }) => {
        const r = byDepartment.get(id);
        return { departmentId: id, name, ...(r ? figures(r) : ZERO) };
      }),
    };
  }

  async supervisions(q: { from: string; to: string }): Promise<SupervisionsReport> {
    assertPeriod(q.from, q.to);
    const rows = await this.repo.supervisions(q.from, q.to, this.clock.today(), this.config.timeZone);
    const pick = (r: (typeof rows)[number]) => ({
      issued: r.issued,
      acknowledgedOnTime: r.acknowledgedOnTime,
      doneOnTime: r.doneOnTime,
      overdue: r.overdue,
    });
    const total = rows.find((r) => r.userId === null);
    return {
      from: q.from,
      to: q.to,
      total: total ? pick(total) : { issued: 0, acknowledgedOnTime: 0, doneOnTime: 0, overdue: 0 },
      byAssignee: rows
        .filter((r) => r.userId !== null)
        .map((r) => ({ userId: r.userId!, name: r.name ?? '', ...pick(r) })),
    };
  }
}
