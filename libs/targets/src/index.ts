export * from './counting-rule';
export * from './target';
export * from './targets.module';
export * from './targets.service';
export * from './yardstick';
