import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { UsersModule } from '@luodi/users';
import { AccountService } from './account.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { FirstAdminService } from './first-admin.service';
import { LoginThrottleService } from './login-throttle.service';
import { SessionCache } from './session-cache.service';
import { TokenService } from './token.service';

@Global()
@Module({
  imports: [JwtModule.register({}), UsersModule],
  controllers: [AuthController],
  providers: [
    TokenService,
    LoginThrottleService,
    AccountService,
    FirstAdminService,
    SessionCache,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [TokenService, AccountService, SessionCache],
})
export class AuthModule {}
