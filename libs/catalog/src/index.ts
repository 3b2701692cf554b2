export * from './catalog';
export * from './catalog.module';
export * from './catalog.service';
