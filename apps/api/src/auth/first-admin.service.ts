import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@luodi/core';
import { UsersService } from '@luodi/users';

/** First start with an empty database creates the admin from ADMIN_EMAIL / ADMIN_PASSWORD. */
@Injectable()
export class FirstAdminService implements OnApplicationBootstrap {
  constructor(
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.users.ensureFirstAdmin(this.config.adminEmail, this.config.adminPassword);
  }
}
