export * from './report';
export * from './report-params';
export * from './reports.module';
export * from './reports.service';
export * from './summary-fold.repository';
export { KpisRepository } from './kpis.repository';
export { SigningsRepository } from './signings.repository';
