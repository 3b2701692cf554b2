import { Controller, Get, Inject, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../auth/roles.decorator';
import { API_REDIS } from '../redis/redis.module';

type CheckStatus = 'up' | 'down';

class HealthChecksView {
  @ApiProperty({ enum: ['up', 'down'] }) database!: CheckStatus;
  @ApiProperty({ enum: ['up', 'down'] }) redis!: CheckStatus;
}

class HealthView {
  @ApiProperty({ enum: ['ok', 'unavailable'] }) status!: 'ok' | 'unavailable';
  @ApiProperty({ type: HealthChecksView }) checks!: HealthChecksView;
}

/** Liveness and readiness: PostgreSQL and Redis, each with a short timeout; 503 names what is down. */
@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(API_REDIS) private readonly redis: Redis,
  ) {}

  @Public()
  @Get()
  @ApiOperation({
    summary: 'Health of the API and what it depends on',
    description: 'PostgreSQL and Redis, each checked with a 2 s timeout. No sign-in needed.',
    security: [],
  })
  @ApiOkResponse({ type: HealthView, description: 'Everything is up' })
  @ApiServiceUnavailableResponse({
    type: HealthView,
    description: 'Something is down; `checks` names it',
    example: { status: 'unavailable', checks: { database: 'up', redis: 'down' } },
  })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthView> {
    const [database, redis] = await Promise.all([
      check(() => this.db.query('SELECT 1')),
      check(() => this.redis.ping()),
    ]);
    const ok = database === 'up' && redis === 'up';
    void reply.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', checks: { database, redis } };
  }
}

async function check(probe: () => Promise<unknown>, timeoutMs = 2000): Promise<CheckStatus> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
      }),
    ]);
    return 'up';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}
