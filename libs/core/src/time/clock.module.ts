import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig } from '../config/app-config';
import { Clock, SystemClock } from './clock';

/** Provides the Clock; tests override it with a fixed or movable clock. */
@Global()
@Module({
  providers: [
    { provide: Clock, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new SystemClock(c.timeZone) },
  ],
  exports: [Clock],
})
export class ClockModule {}
