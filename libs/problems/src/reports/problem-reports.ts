/** The shapes of `GET /reports/problems` and `GET /reports/supervisions` (issue 14). */
export interface ProblemFigures {
  /** Raised in the period. */
  opened: number;
  /** Resolved in the period. */
  resolved: number;
  /** Not resolved at the period's end (or today, if earlier). */
  open: number;
  /** Of those, past their due date then. */
  overdue: number;
  /** Median whole days from raised to resolved, of those resolved in the period (percentile_cont); null if none. */
  medianDaysToResolve: number | null;
}

export interface ProblemsReport {
  from: string;
  to: string;
  /** The date `open` and `overdue` are judged on: the period's end, or today if earlier. */
  asOf: string;
  total: ProblemFigures;
  byCategory: (ProblemFigures & { category: string; nameZh: string })[];
  byDepartment: (ProblemFigures & { departmentId: string; name: string })[];
}

export interface SupervisionFigures {
  /** Orders issued in the period to this assignee. */
  issued: number;
  /** Of those, acknowledged (签收) by this assignee on or before the due date. */
  acknowledgedOnTime: number;
  /** Of those, reported done (the latest done report) on or before the due date. */
  doneOnTime: number;
  /** Of those, overdue now (past due, not reported done nor closed). */
  overdue: number;
}

export interface SupervisionsReport {
  from: string;
  to: string;
  total: SupervisionFigures;
  byAssignee: (SupervisionFigures & { userId: string; name: string })[];
}
