import { Module } from '@nestjs/common';
import { AppConfigModule, ClockModule, DatabaseModule } from '@luodi/core';
import { CatalogModule } from '@luodi/catalog';
import { UsersModule } from '@luodi/users';
import { TargetsModule } from '@luodi/targets';
import { ReportsModule } from '@luodi/reports';
import { AuthModule } from './auth/auth.module';
import { LeadsApiModule } from './leads/leads-api.module';
import { CatalogController } from './catalog/catalog.controller';
import { HealthController } from './health/health.controller';
import { RedisModule } from './redis/redis.module';
import { UsersController } from './users/users.controller';
import { UserDirectoryController } from './users/user-directory.controller';
import { NotificationsApiModule } from './notifications/notifications-api.module';
import { TargetsController } from './targets/targets.controller';
import { ReportsController } from './reports/reports.controller';
import { EventsModule } from './events/events.module';
import { WebAppModule } from './web/web-app.module';
import { PlansApiModule } from './plans/plans-api.module';
import { ProblemsApiModule } from './problems/problems-api.module';
import { CompaniesApiModule } from './companies/companies-api.module';

@Module({
  imports: [
    AppConfigModule,
    ClockModule,
    DatabaseModule,
    RedisModule,
    AuthModule,
    UsersModule,
    CatalogModule,
    TargetsModule,
    ReportsModule,
    NotificationsApiModule,
    LeadsApiModule,
    CompaniesApiModule,
    EventsModule,
    PlansApiModule,
    ProblemsApiModule,
    WebAppModule,
  ],
  controllers: [
    HealthController,
    UsersController,
    UserDirectoryController,
    CatalogController,
    TargetsController,
    ReportsController,
  ],
})
export class AppModule {}
