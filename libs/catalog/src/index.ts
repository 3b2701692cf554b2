export * from './catalog';
export * from './catalog.module';
export * from './catalog.service';
export * from './catalog.repository';
export * from './stage-rules-sql';
