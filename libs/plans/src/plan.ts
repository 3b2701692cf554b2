/**
 * Annual plans (年度计划): one per lead and year. Each field, its codes and Chinese names are defined here once;
 * the API, the report, the Excel sheet and the web app derive theirs from these.
 */
export const BUILD_TYPES = ['new', 'continued'] as const;
export type BuildType = (typeof BUILD_TYPES)[number];
export const BUILD_TYPE_NAMES_ZH: Record<BuildType, string> = { new: '新建', continued: '续建' };

export const PLAN_CATEGORIES = ['industrial', 'infrastructure'] as const;
export type PlanCategory = (typeof PLAN_CATEGORIES)[number];
export const PLAN_CATEGORY_NAMES_ZH: Record<PlanCategory, string> = {
  industrial: '产业类',
  infrastructure: '基础设施类',
};

/** A lead's plan for one year, as the API returns it. Months are `YYYY-MM`. */
export interface LeadPlan {
  leadId: string;
  year: number;
  plannedInvestmentWan: string;
  plannedStartMonth: string | null;
  plannedProductionMonth: string | null;
  buildType: BuildType;
  category: PlanCategory;
  provincialKey: boolean;
  updatedAt: string;
  updatedBy: string | null;
}

/** What a client sends (amount still unparsed; the service checks it with the money rules). */
export interface PlanInput {
  plannedInvestmentWan: unknown;
  plannedStartMonth?: string | null;
  plannedProductionMonth?: string | null;
  buildType: BuildType;
  category: PlanCategory;
  provincialKey: boolean;
}

/** The validated values written for a plan. */
export interface PlanValues {
  plannedInvestmentWan: string;
  plannedStartMonth: string | null;
  plannedProductionMonth: string | null;
  buildType: BuildType;
  category: PlanCategory;
  provincialKey: boolean;
}

/** A row of the plan list (GET /plans/:year): the plan and the lead it belongs to. */
export interface PlanListItem extends LeadPlan {
  projectName: string;
  companyName: string;
  track: string;
  park: string | null;
  stage: string;
  ownerId: string;
  constructionStartedAt: string | null;
  productionStartedAt: string | null;
  /** 投资完成额 recorded for months of the plan's year. */
  completedWan: string;
}

export interface PlanListFilter {
  year: number;
  track?: string;
  park?: string;
  ownerId?: string;
  provincialKey?: boolean;
  category?: PlanCategory;
  buildType?: BuildType;
}

export interface PlanListSums {
  projects: number;
  plannedInvestmentWan: string;
  plannedInvestmentYi: string;
  newBuildInvestmentWan: string;
  completedWan: string;
}
