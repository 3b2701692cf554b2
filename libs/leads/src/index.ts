export * from './lead/lead';
export * from './lead/leads.errors';
export * from './fields/credit-code';
export * from './fields/name-key';
export * from './fields/phone';
export * from './fields/lead-fields';
export * from './fields/lead-field-table';
export * from './rules/stage-rules';
export * from './excel/lead-sheet-columns';
export * from './lead/leads.service';
export * from './transitions/lead-transition.service';
export * from './approvals/approvals.service';
export * from './activities/activities.service';
export * from './investments/investments.service';
export * from './audit/audit.service';
export * from './excel/lead-export.service';
export * from './excel/lead-import.service';
export * from './leads.module';
export * from './activities/activity-feed.repository';
export * from './drill/drill-filter';
// The Chinese names live in the catalog; re-exported here for callers that read them from the leads lib.
export { PARK_NAMES_ZH, STAGE_NAMES_ZH, TRACK_NAMES_ZH } from '@luodi/catalog';
// companies (issue 15)
export * from './fields/lead-company-link';
export { readImportTable } from './excel/import/import-table';
