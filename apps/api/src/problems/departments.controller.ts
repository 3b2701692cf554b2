import { Body, Controller, Get, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Department, DepartmentsService, WarningSettings, WarningSettingsService } from '@luodi/problems';
import { User } from '@luodi/users';
import { AdminOnly, AnyRole } from '../auth/roles.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiIdParam } from '../docs/api-params';
import { ApiProblems, BY_ROLE, CHANGE_ONE } from '../http/problem-responses.decorator';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import { CreateDepartmentDto, UpdateDepartmentDto, WarningSettingsDto } from './problem.dto';
import { DepartmentView, WarningSettingsView } from './problem.view';

/** The 责任单位 list and the 预警配置, both kept by admins. */
@ApiTags('problems')
@ApiBearerAuth()
@Controller()
export class DepartmentsController {
  constructor(
    private readonly departments: DepartmentsService,
    private readonly warningSettings: WarningSettingsService,
  ) {}

  @Get('departments')
  @AnyRole()
  @ApiOperation({
    summary: 'The 责任单位 list',
    description: 'Every department, active ones first, by name. Problems go only to active ones.',
  })
  @ApiOkResponse({ type: [DepartmentView] })
  @ApiProblems('UNAUTHENTICATED')
  list(): Promise<Department[]> {
    return this.departments.list(false);
  }

  @Post('departments')
  @AdminOnly()
  @ApiOperation({
    summary: 'Add a 责任单位 (admin)',
    description: 'Names are unique (a taken one is a 400 on name).',
  })
  @ApiCreatedResponse({ type: DepartmentView })
  @ApiProblems(BY_ROLE)
  create(@Body() body: CreateDepartmentDto): Promise<Department> {
    return this.departments.create(body.name);
  }

  @Patch('departments/:id')
  @AdminOnly()
  @ApiIdParam('The department')
  @ApiOperation({
    summary: 'Rename or (de)activate a 责任单位 (admin)',
    description: 'An inactive department keeps its problems but takes no new ones.',
  })
  @ApiOkResponse({ type: DepartmentView })
  @ApiProblems(CHANGE_ONE)
  update(@Param('id', UuidParamPipe) id: string, @Body() body: UpdateDepartmentDto): Promise<Department> {
    return this.departments.update(id, body);
  }

  @Get('settings/warning')
  @AnyRole()
  @ApiOperation({
    summary: 'The 三色预警 thresholds (预警配置)',
    description:
      'Yellow when the stage deadline is within `deadlineSoonDays`, nothing was logged for `noActivityDays`, or a ' +
      'problem has been open longer than `problemAgingDays`.',
  })
  @ApiOkResponse({ type: WarningSettingsView })
  @ApiProblems('UNAUTHENTICATED')
  getWarning(): Promise<WarningSettings> {
    return this.warningSettings.get();
  }

  @Put('settings/warning')
  @AdminOnly()
  @ApiOperation({
    summary: 'Set the 三色预警 thresholds (admin)',
    description:
      'Takes effect at once for every lead’s `warning`, `warningReasons` and the list’s `warning` filter.',
  })
  @ApiOkResponse({ type: WarningSettingsView })
  @ApiProblems(BY_ROLE)
  putWarning(@Body() body: WarningSettingsDto, @CurrentUser() user: User): Promise<WarningSettings> {
    return this.warningSettings.put(body, user.id);
  }
}
