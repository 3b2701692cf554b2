export * from './lead';
export * from './leads.errors';
export * from './credit-code';
export * from './name-key';
export * from './phone';
export * from './lead-fields';
export * from './stage-rules';
export * from './lead-sheet-columns';
export * from './leads.service';
export * from './lead-transition.service';
export * from './lead-records.service';
export * from './lead-export.service';
export * from './lead-import.service';
export * from './leads.module';
export * from './activity-feed.repository';
export * from './lead-company-link';
export { readImportTable } from './import/import-table'; // companies (issue 15): the company import reads files the same way
