import { Body, Controller, Get, HttpCode, Ip, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Page } from '@luodi/core';
import { User, UsersService } from '@luodi/users';
import { AdminOnly, AnyRole, SupervisorOrAdmin } from '../auth/roles.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiIdParam } from '../docs/api-params';
import { PaginationQueryDto } from '../http/pagination.dto';
import { ApiProblems, BY_ROLE, CHANGE_ONE, SIGNED_IN } from '../http/problem-responses.decorator';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import { AccountService } from '../auth/account.service';
import {
  ChangeOwnPasswordDto,
  CreateUserDto,
  ResetPasswordDto,
  UpdateUserDto,
  UserPageView,
  UserView,
} from './user.dto';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly account: AccountService,
  ) {}

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
    description:
      'The password needs at least 10 characters and must not be a common one or the email (or its name part); ' +
      'the email must not be in use.',
  })
  @ApiCreatedResponse({ type: UserView })
  @ApiProblems(BY_ROLE, 'DUPLICATE_EMAIL')
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
  @ApiProblems(BY_ROLE)
  list(@Query() query: PaginationQueryDto): Promise<Page<User>> {
    return this.users.list(query.limit, query.cursor);
  }

  @Patch(':id')
  @AdminOnly()
  @ApiOperation({
    summary: 'Change a user’s name, role or active flag (admin)',
    description:
      'An inactive user cannot sign in and their tokens stop working at once (and stay dead if the user is ' +
      'reactivated). The last active admin cannot be deactivated or demoted (409 LAST_ADMIN).',
  })
  @ApiIdParam('The user')
  @ApiOkResponse({ type: UserView })
  @ApiProblems(CHANGE_ONE, 'LAST_ADMIN')
  update(@Param('id', UuidParamPipe) id: string, @Body() body: UpdateUserDto): Promise<User> {
    return this.users.update(id, body);
  }

  @Post('me/password')
  @AnyRole()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Change my password',
    description:
      'A wrong `currentPassword` is a 400 VALIDATION_FAILED naming that field (and counts like a failed sign-in: ' +
      '429 after 5 in 15 minutes). Every token the user held before, this one included, stops working: sign in ' +
      'again with the new password.',
  })
  @ApiNoContentResponse({ description: 'Changed; earlier tokens are revoked' })
  @ApiProblems(SIGNED_IN, 'RATE_LIMITED')
  changeOwnPassword(
    @CurrentUser() user: User,
    @Body() body: ChangeOwnPasswordDto,
    @Ip() address: string,
  ): Promise<void> {
    return this.account.changeOwnPassword(user, body.currentPassword, body.newPassword, address);
  }

  @Post(':id/password')
  @AdminOnly()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Set a user’s password (admin)',
    description: 'Every token the user held before stops working.',
  })
  @ApiIdParam('The user')
  @ApiNoContentResponse({ description: 'Set; the user’s earlier tokens are revoked' })
  @ApiProblems(CHANGE_ONE)
  resetPassword(@Param('id', UuidParamPipe) id: string, @Body() body: ResetPasswordDto): Promise<void> {
    return this.account.resetPassword(id, body.newPassword);
  }
}
