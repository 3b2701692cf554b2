import { Body, Controller, Get, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Chain, ChainLinkDetail, ChainReport, ChainsService } from '@luodi/companies';
import { User } from '@luodi/users';
import { AdminOnly, AnyRole, SupervisorOrAdmin } from '../auth/roles.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiIdParam } from '../docs/api-params';
import { ApiProblems, BY_ROLE, CHANGE_ONE, READ_ONE, SIGNED_IN } from '../http/problem-responses.decorator';
import { UuidParamPipe } from '../http/uuid-param.pipe';
import { AddTargetDto, CreateChainDto, CreateChainLinkDto, TrackQueryDto, UpdateChainDto } from './chain.dto';
import { ChainLinkDetailView, ChainReportView, ChainView } from './chain.view';

/** 产业链: chains and links per track (admins edit them), 招商目标企业 per link (supervisors, admins). */
@ApiTags('chains')
@ApiBearerAuth()
@Controller('chains')
export class ChainsController {
  constructor(private readonly chains: ChainsService) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Chains and their links', description: 'Of one track, or of every track.' })
  @ApiOkResponse({ type: [ChainView] })
  @ApiProblems(SIGNED_IN)
  list(@Query() query: TrackQueryDto): Promise<Chain[]> {
    return this.chains.list(query.track);
  }

  @Post()
  @AdminOnly()
  @ApiOperation({ summary: 'Add a chain (admin)', description: 'A chain name is unique within its track.' })
  @ApiCreatedResponse({ type: ChainView })
  @ApiProblems(BY_ROLE)
  async create(
    @Body() body: CreateChainDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Chain> {
    const chain = await this.chains.create(body);
    void reply.header('Location', `/api/v1/chains/${chain.id}`);
    return chain;
  }

  @Post('links/:id/targets')
  @SupervisorOrAdmin()
  @ApiOperation({
    summary: 'Add a target company to a link (supervisor, admin)',
    description:
      '招商目标企业. 201 when added; 200 when the company was already a target (its note updated).',
  })
  @ApiIdParam('The chain link')
  @ApiCreatedResponse({ type: ChainLinkDetailView })
  @ApiOkResponse({ type: ChainLinkDetailView })
  @ApiProblems(CHANGE_ONE)
  async addTarget(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: AddTargetDto,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ChainLinkDetail> {
    const { created, link } = await this.chains.addTarget(id, body, user.id);
    void reply.status(created ? 201 : 200);
    return link;
  }

  @Patch(':id')
  @AdminOnly()
  @ApiOperation({
    summary: 'Rename a chain or move it to another track (admin)',
    description: '`version` must be the current one (else 409); a name is unique within its track.',
  })
  @ApiIdParam('The chain')
  @ApiOkResponse({ type: ChainView })
  @ApiProblems(CHANGE_ONE, 'VERSION_CONFLICT')
  update(@Param('id', UuidParamPipe) id: string, @Body() body: UpdateChainDto): Promise<Chain> {
    return this.chains.update(id, body);
  }

  @Post(':id/links')
  @AdminOnly()
  @ApiOperation({
    summary: 'Add a link to a chain (admin)',
    description: 'Returns the chain with its links.',
  })
  @ApiIdParam('The chain')
  @ApiCreatedResponse({ type: ChainView })
  @ApiProblems(CHANGE_ONE)
  addLink(@Param('id', UuidParamPipe) id: string, @Body() body: CreateChainLinkDto): Promise<Chain> {
    return this.chains.addLink(id, body);
  }
}

/** `GET /chain-links/:id`: a link with what is on it (the chain map's click). */
@ApiTags('chains')
@ApiBearerAuth()
@Controller('chain-links')
export class ChainLinksController {
  constructor(private readonly chains: ChainsService) {}

  @Get(':id')
  @AnyRole()
  @ApiOperation({
    summary: 'A chain link with its target companies and leads',
    description:
      'What the chain map lists when a link is clicked: 招商目标企业 (approached or not) and the leads on it.',
  })
  @ApiIdParam('The chain link')
  @ApiOkResponse({ type: ChainLinkDetailView })
  @ApiProblems(READ_ONE)
  link(@Param('id', UuidParamPipe) id: string): Promise<ChainLinkDetail> {
    return this.chains.linkDetail(id);
  }
}

/** `GET /reports/chains`: open to every signed-in user, like the chain map it feeds (no per-person figures). */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ChainReportController {
  constructor(private readonly chains: ChainsService) {}

  @Get('chains')
  @AnyRole()
  @ApiOperation({
    summary: 'Chain coverage report (产业链图谱)',
    description:
      'Per link: companies present (a lead at landed or later), leads in progress (lead, signed), target ' +
      'companies not yet approached (no lead at all), the signed amount (leads at signed or later), and ' +
      '`gap: true` where nothing is present or in progress.',
  })
  @ApiOkResponse({ type: ChainReportView })
  @ApiProblems(SIGNED_IN)
  async report(@Query() query: TrackQueryDto): Promise<{ chains: ChainReport[] }> {
    return { chains: await this.chains.report(query.track) };
  }
}
