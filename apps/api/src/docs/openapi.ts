import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { runWithLanguage } from '@luodi/core';
import { problem } from '../http/problem';
import { fastifyErrorDetail } from '../http/problem-details.filter';
import { problemResponse, ProblemView } from '../http/problem-responses.decorator';

/** The tags operations are grouped by, in this order. */
const TAGS: [name: string, description: string][] = [
  ['auth', 'Signing in (登录)'],
  ['users', 'Users and roles: 招商专员 (staff), 分管领导/督查 (supervisor), admin'],
  ['reference data', 'Tracks (四条主赛道), parks (园区) and pipeline stages with their default deadlines'],
  [
    'leads',
    '项目线索: capture, list, edit, stage moves, approvals, 洽谈记录, investments, audit, Excel export and import',
  ],
  ['targets', "The year's signed-amount targets (目标) and progress against them"],
  ['reports', 'Funnel, overdue, 三个一批, owners (绩效) and landing KPIs'],
  [
    'plans',
    '年度计划、省重点、三个一批活动与投产达效: annual plans, the plan report, batch events and results',
  ],
  ['problems', '问题台账: problems on leads, 责任单位, 反馈, and the 预警配置 (warning thresholds)'],
  ['supervisions', '督办: instructions to assignees, 签收, 反馈, 办结 and 退回'],
  ['notifications', 'Reminder and digest emails: the ledger, and running a week’s digests'],
  ['events', 'Live updates (server-sent events) for the web workspace'],
  ['operations', 'Health'],
  ['companies', '企业库: companies, their projects, contacts and look-alike names'],
  ['chains', '产业链: chains and links per track, target companies per link'],
];

/** OpenAPI 3 document at /api/docs-json and Swagger UI at /api/docs, generated from the controllers and DTOs. */
export function setupOpenApi(app: NestFastifyApplication): void {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    useGlobalPrefix: false,
  });
}

export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Luodi (落地) API')
    .setDescription(
      [
        '招商引资项目全流程管理: leads, stage transitions, targets, reports, reminders.',
        '',
        'Sign in with `POST /api/v1/auth/login` and send `Authorization: Bearer <accessToken>` on every other route.',
        'Errors are RFC 9457 `application/problem+json` with a stable `code`; `title`, `detail` and',
        '`errors[].message` are Chinese (简体) unless the request says `Accept-Language: en`.',
        'Money is in 万元 as decimal strings with 4 fraction digits; dates are `YYYY-MM-DD` in Asia/Shanghai;',
        'instants are ISO 8601 UTC.',
      ].join('\n'),
    )
    .setVersion('1')
    .addServer('/', 'This server (every path below starts with /api/v1)')
    .addBearerAuth();
  for (const [name, description] of TAGS) builder.addTag(name, description);
  const document = SwaggerModule.createDocument(app, builder.build(), { extraModels: [ProblemView] });
  // Proprietary: a licence name and no licence URL (DocumentBuilder would write empty strings for them).
  document.info.license = { name: 'UNLICENSED (proprietary)' };
  document.info.contact = { name: 'Luodi (落地)' };
  addSharedProblems(document);
  return document;
}

/**
 * Responses every operation can give, whatever its own rules: 503 when PostgreSQL or Redis is down (nothing was
 * written); and, for an operation with a request body, 413 for a body over the limit and 415 for a content type
 * other than the one it takes (both answered by Fastify before the route runs). A route that documents one of
 * these itself keeps its own.
 */
export function addSharedProblems(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method];
      if (!operation) continue;
      const responses = operation.responses;
      responses['503'] ??= problemResponse(503, ['UNAVAILABLE']);
      if (operation.requestBody) {
        responses['413'] ??= problemResponse(413, ['PAYLOAD_TOO_LARGE']);
        responses['415'] ??= problemResponse(415, ['VALIDATION_FAILED'], {
          description: '`VALIDATION_FAILED`: the body is not in a content type this operation takes.',
          examples: [runWithLanguage('zh', () => problem(415, 'VALIDATION_FAILED', fastifyErrorDetail(415)))],
        });
      }
    }
  }
}
