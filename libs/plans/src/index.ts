export * from './plan';
export * from './plan-rules';
export * from './plan-report';
export * from './plans.service';
export * from './plans.module';
export * from './results/result';
export * from './results/results-report';
export * from './results/results.service';
