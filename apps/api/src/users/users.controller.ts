import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page } from '@luodi/core';
import { User, UsersService } from '@luodi/users';
import { AdminOnly, AnyRole, SupervisorOrAdmin } from '../auth/roles.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiIdParam } from '../docs/api-params';
import { PaginationQueryDto } from '../http/pagination.dto';
import { ApiProblems } from '../http/problem-responses.decorator';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import { CreateUserDto, UpdateUserDto, UserPageView, UserView } from './user.dto';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('me')
  @AnyRole()
  @ApiOperation({
    summary: 'The signed-in user',
    description: 'Who the bearer token belongs to, read fresh.',
  })
  @ApiOkResponse({ type: UserView })
  @ApiProblems('UNAUTHENTICATED')
  me(@CurrentUser() user: User): User {
    return user;
  }

  @Post()
  @AdminOnly()
  @ApiOperation({
    summary: 'Create a user (admin)',
    description: 'The password needs at least 10 characters; the email must not be in use.',
  })
  @ApiCreatedResponse({ type: UserView })
  @ApiProblems('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'DUPLICATE_EMAIL')
  create(@Body() body: CreateUserDto): Promise<User> {
    return this.users.create(body);
  }

  @Get()
  @SupervisorOrAdmin()
  @ApiOperation({
    summary: 'List users (supervisor, admin)',
    description: 'A cursor-paged list of every user.',
  })
  @ApiOkResponse({ type: UserPageView })
  @ApiProblems('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN')
  list(@Query() query: PaginationQueryDto): Promise<Page<User>> {
    return this.users.list(query.limit, query.cursor);
  }

  @Patch(':id')
  @AdminOnly()
  @ApiOperation({
    summary: 'Change a user’s name, role or active flag (admin)',
    description: 'An inactive user cannot sign in and their tokens stop working at once.',
  })
  @ApiIdParam('The user')
  @ApiOkResponse({ type: UserView })
  @ApiProblems('VALIDATION_FAILED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND')
  update(@Param('id', UuidParamPipe) id: string, @Body() body: UpdateUserDto): Promise<User> {
    return this.users.update(id, body);
  }
}
