import type { components } from '../api/schema';

/** The plans, events and results shapes, as the generated OpenAPI types name them. */
type Schemas = components['schemas'];
export type PlanReport = Schemas['PlanReportView'];
export type PlanPage = Schemas['PlanPageView'];
export type PlanItem = Schemas['PlanListItemView'];
export type BatchEventSummary = Schemas['BatchEventSummaryView'];
export type BatchEventDetail = Schemas['BatchEventDetailView'];
export type LeadResult = Schemas['ResultView'];
export type LeadPlan = Schemas['PlanView'];

export const BUILD_TYPE_NAMES: Record<string, string> = { new: '新建', continued: '续建' };
export const CATEGORY_NAMES: Record<string, string> = { industrial: '产业类', infrastructure: '基础设施类' };
export const BATCH_LISTS = ['signing', 'construction', 'production'] as const;
export const BATCH_LIST_NAMES: Record<string, string> = {
  signing: '签约一批',
  construction: '开工一批',
  production: '投产一批',
};
