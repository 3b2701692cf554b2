import { Module } from '@nestjs/common';
import { AppConfigModule, ClockModule, DatabaseModule } from '@luodi/core';
import { CatalogModule } from '@luodi/catalog';
import { UsersModule } from '@luodi/users';
import { AuthModule } from './auth/auth.module';
import { CatalogController } from './catalog/catalog.controller';
import { HealthController } from './health/health.controller';
import { RedisModule } from './redis/redis.module';
import { UsersController } from './users/users.controller';

@Module({
  imports: [
    AppConfigModule,
    ClockModule,
    DatabaseModule,
    RedisModule,
    AuthModule,
    UsersModule,
    CatalogModule,
  ],
  controllers: [HealthController, UsersController, CatalogController],
})
export class AppModule {}
