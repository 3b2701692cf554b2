import { Module } from '@nestjs/common';
import { UserDirectoryRepository } from './user-directory.repository';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  providers: [UsersRepository, UsersService, UserDirectoryRepository],
  exports: [UsersService, UserDirectoryRepository],
})
export class UsersModule {}
