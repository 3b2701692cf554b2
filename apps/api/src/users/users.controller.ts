import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Page } from '@luodi/core';
import { User, UsersService } from '@luodi/users';
import { AdminOnly, AnyRole, SupervisorOrAdmin } from '../auth/roles.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { PaginationQueryDto } from '../http/pagination.dto';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import { CreateUserDto, UpdateUserDto } from './user.dto';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('me')
  @AnyRole()
  me(@CurrentUser() user: User): User {
    return user;
  }

  @Post()
  @AdminOnly()
  create(@Body() body: CreateUserDto): Promise<User> {
    return this.users.create(body);
  }

  @Get()
  @SupervisorOrAdmin()
  list(@Query() query: PaginationQueryDto): Promise<Page<User>> {
    return this.users.list(query.limit, query.cursor);
  }

  @Patch(':id')
  @AdminOnly()
  update(@Param('id', UuidParamPipe) id: string, @Body() body: UpdateUserDto): Promise<User> {
    return this.users.update(id, body);
  }
}
