/**
 * The API's types, generated from the OpenAPI document the API's code produces (GET /api/docs-json).
 * Do not edit: run `npm run api:types`. A test fails when this file is stale.
 */
export type paths = {
  '/api/v1/activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The latest activities (洽谈记录) across leads, newest first
     * @description Filter by the leads a user owns (`ownerId`), leads (`leaderId`), or by who logged them.
     */
    get: operations['LeadLookupsController_activities'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in; wrong email and wrong password give the same 401 */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/digests/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a week's digests now (running it again sends nothing twice) */
    post: operations['DigestsController_run'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Live updates as server-sent events
     * @description `event: totals` `{year}` when a year's target progress changed; `event: lead` `{id, version}` when a lead was created or changed. Comment lines every 20 s keep the stream open; it ends when the token expires. Read it with fetch and the Authorization header (never a token in the URL).
     */
    get: operations['EventsController_stream'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LeadsController_list'];
    put?: never;
    post: operations['LeadsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LeadsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['LeadsController_update'];
    trace?: never;
  };
  '/api/v1/leads/{id}/activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LeadRecordsController_activities'];
    put?: never;
    post: operations['LeadRecordsController_addActivity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/{id}/approvals/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['LeadRecordsController_setApproval'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/{id}/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LeadRecordsController_audit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/{id}/investments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LeadRecordsController_investments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/{id}/investments/{month}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['LeadRecordsController_setInvestment'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LeadRecordsController_transitions'];
    put?: never;
    post: operations['LeadRecordsController_transition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many leads match the list filters, in all and by 三色预警 */
    get: operations['LeadLookupsController_counts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LeadsController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['LeadsController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/names': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Company and project names of leads by id (unknown ids are left out) */
    get: operations['LeadLookupsController_names'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The notification ledger, newest first
     * @description Supervisors and admins see all; staff only notifications sent to them (another userId → 403).
     */
    get: operations['NotificationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/parks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CatalogController_parks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/batches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReportsController_batches'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/funnel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReportsController_funnel'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/kpis': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReportsController_kpis'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/overdue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReportsController_overdue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/owners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReportsController_owners'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CatalogController_stages'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stages/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['CatalogController_setDeadline'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/targets/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TargetsController_get'];
    put: operations['TargetsController_put'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/targets/{year}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['TargetsController_progress'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tracks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CatalogController_tracks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_list'];
    put?: never;
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/api/v1/users/directory': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Names and roles of users, for pickers and to show names instead of ids
     * @description Sorted by name. Active users only unless `active=false` or `ids` is given.
     */
    get: operations['UserDirectoryController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
export type webhooks = Record<string, never>;
export type components = {
  schemas: {
    ActivityDto: {
      /** @enum {string} */
      kind: 'visit' | 'call' | 'meeting' | 'negotiation' | 'site_survey' | 'other';
      /** Format: date-time */
      nextFollowUpAt?: Record<string, never> | null;
      /** Format: date-time */
      occurredAt: string;
      summary: string;
    };
    ActivityPageView: {
      items: components['schemas']['ActivityView'][];
      nextCursor: string | null;
    };
    ActivityView: {
      /** Format: uuid */
      byUserId: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'visit' | 'call' | 'meeting' | 'negotiation' | 'site_survey' | 'other';
      /** Format: date-time */
      nextFollowUpAt: string | null;
      /** Format: date-time */
      occurredAt: string;
      summary: string;
    };
    ApprovalDto: {
      /** @description 批文文号 */
      documentNo?: Record<string, never> | null;
      /**
       * Format: date
       * @description With status done; defaults to today
       */
      doneAt?: Record<string, never> | null;
      /** @enum {string} */
      status: 'pending' | 'in_progress' | 'done';
      /** @description When given, a stale version is 409 VERSION_CONFLICT */
      version?: number;
    };
    ApprovalsView: {
      /** @description 环评 */
      eia: components['schemas']['ApprovalView'];
      /** @description 土地 */
      land: components['schemas']['ApprovalView'];
      /** @description 立项 */
      projectApproval: components['schemas']['ApprovalView'];
    };
    ApprovalView: {
      documentNo: string | null;
      /** Format: date */
      doneAt: string | null;
      /** @enum {string} */
      status: 'pending' | 'in_progress' | 'done';
    };
    AuditEntryView: {
      /** @example transition */
      action: string;
      /** Format: date-time */
      at: string;
      /** @description { field: [old, new] } */
      changes: {
        [key: string]: unknown;
      };
      /** Format: uuid */
      userId: string | null;
    };
    BatchesReportView: {
      constructionStarted: components['schemas']['BatchGroupView'];
      from: string;
      productionStarted: components['schemas']['BatchGroupView'];
      signed: components['schemas']['BatchGroupView'];
      to: string;
    };
    BatchGroupView: {
      amountWan: string;
      count: number;
      items: components['schemas']['BatchLeadView'][];
    };
    BatchLeadView: {
      amountWan: string;
      companyName: string;
      date: string;
      id: string;
      ownerId: string;
      park: string | null;
      projectName: string;
      /** @enum {string} */
      stage: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | 'lost';
      track: string;
    };
    CreateLeadDto: {
      /** @example 晶科能源股份有限公司 */
      companyName: string;
      contactName?: Record<string, never> | null;
      /**
       * @description Mainland mobile or landline
       * @example 13800138000
       */
      contactPhone?: Record<string, never> | null;
      /**
       * @description 统一社会信用代码 (GB 32100-2015)
       * @example 91330000MA2J1ABC1X
       */
      creditCode?: Record<string, never> | null;
      /** @default false */
      isProvincialKey: boolean;
      /**
       * Format: uuid
       * @description 包联领导, an active supervisor; supervisors only
       */
      leaderId?: string;
      notes?: Record<string, never> | null;
      /**
       * Format: uuid
       * @description Supervisors only; defaults to the caller
       */
      ownerId?: string;
      /** @enum {string|null} */
      park?: 'yangqu' | 'tanghuai' | 'xiaohe' | null;
      /**
       * @description 计划投资额, 万元: decimal string (or number), <= 4 fraction digits
       * @example 500000.0000
       */
      plannedInvestmentWan: string;
      /**
       * @description File the lead in 策划包装库
       * @enum {string}
       */
      pool?: 'planning';
      /** @example 晶科光伏组件生产基地 */
      projectName: string;
      /** @enum {string|null} */
      source?: 'industry_chain' | 'business_referral' | 'exhibition' | 'agency' | 'online' | 'other' | null;
      /** @enum {string} */
      track: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
    };
    CreateUserDto: {
      /** @example zhang.wei@luodi.local */
      email: string;
      /** @example 张伟 */
      name: string;
      password: string;
      /** @enum {string} */
      role: 'staff' | 'supervisor' | 'admin';
    };
    DirectoryEntryView: {
      active: boolean;
      /** Format: uuid */
      id: string;
      /** @example 张伟 */
      name: string;
      /** @enum {string} */
      role: 'staff' | 'supervisor' | 'admin';
    };
    DirectoryPageView: {
      items: components['schemas']['DirectoryEntryView'][];
      nextCursor: string | null;
    };
    FeedActivityPageView: {
      items: components['schemas']['FeedActivityView'][];
      nextCursor: string | null;
    };
    FeedActivityView: {
      /** Format: uuid */
      byUserId: string | null;
      companyName: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'visit' | 'call' | 'meeting' | 'negotiation' | 'site_survey' | 'other';
      /** Format: uuid */
      leadId: string;
      /** Format: date-time */
      nextFollowUpAt: string | null;
      /** Format: date-time */
      occurredAt: string;
      projectName: string;
      summary: string;
    };
    FunnelLostView: {
      /** @description counts keyed by stage: lead, signed, landed, construction, production */
      byStage: {
        [key: string]: number;
      };
      count: number;
    };
    FunnelReportView: {
      from: string | null;
      lost: components['schemas']['FunnelLostView'];
      stages: components['schemas']['FunnelStageView'][];
      to: string | null;
      /** @description leads created in the period */
      total: number;
    };
    FunnelStageView: {
      /** @description 万元: planned investment for `lead`, signed amount from `signed` on */
      amountWan: string;
      conversionFromPrevious: string | null;
      medianDaysInStage: number | null;
      /** @description leads that ever reached this stage or a later one */
      reached: number;
      /** @enum {string} */
      stage: 'lead' | 'signed' | 'landed' | 'construction' | 'production';
    };
    ImportErrorView: {
      field: string;
      message: string;
      /** @description Row number in the sheet (the header is row 1) */
      row: number;
    };
    ImportFileView: {
      /** Format: binary */
      file?: string;
    };
    ImportReportView: {
      /** @description Rows created (with dryRun: rows that would be created) */
      created: number;
      dryRun: boolean;
      errors: components['schemas']['ImportErrorView'][];
      skipped: number;
    };
    InvestmentDto: {
      /**
       * @description 投资完成额 that month, 万元 (0 allowed)
       * @example 800.0000
       */
      completedWan: string;
      /**
       * @description 到位资金 that month, 万元 (0 allowed)
       * @example 1200.0000
       */
      paidInWan: string;
    };
    InvestmentView: {
      /** @description Running total of 投资完成额 up to this month */
      completedTotalWan: string;
      completedWan: string;
      /** @example 2024-05 */
      month: string;
      /** @description Running total of 到位资金 up to this month */
      paidInTotalWan: string;
      paidInWan: string;
    };
    KpiSetView: {
      /** @description 投资完成率 */
      completionRate: components['schemas']['KpiValueView'];
      /** @description 开工率 */
      constructionRate: components['schemas']['KpiValueView'];
      /** @description 资金到位率 */
      fundingRate: components['schemas']['KpiValueView'];
      /** @description 当年落地率 */
      landingRate: components['schemas']['KpiValueView'];
    };
    KpisReportView: {
      byPark: components['schemas']['ParkKpiView'][];
      byTrack: components['schemas']['TrackKpiView'][];
      year: number;
      zone: components['schemas']['KpiSetView'];
    };
    KpiValueView: {
      denominator: string;
      /** @description decimal string (a count, or 万元 with 4 fraction digits) */
      numerator: string;
      ratio: string | null;
    };
    LeadCountsView: {
      /** @description 绿灯: the other open leads */
      green: number;
      /** @description 红灯: open and past the stage deadline */
      red: number;
      /** @description Leads matching the filter */
      total: number;
      /** @description 黄灯: deadline within 7 days, or nothing logged for 30 days */
      yellow: number;
    };
    LeadNamesView: {
      items: components['schemas']['LeadNameView'][];
    };
    LeadNameView: {
      companyName: string;
      /** Format: uuid */
      id: string;
      projectName: string;
      /** @enum {string} */
      stage: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | 'lost';
    };
    LeadPageView: {
      items: components['schemas']['LeadView'][];
      nextCursor: string | null;
    };
    LeadView: {
      approvals: components['schemas']['ApprovalsView'];
      companyName: string;
      /** Format: date */
      constructionStartedAt: string | null;
      contactName: string | null;
      contactPhone: string | null;
      /** Format: date-time */
      createdAt: string;
      creditCode: string | null;
      /** Format: uuid */
      id: string;
      isProvincialKey: boolean;
      /** Format: date */
      landedAt: string | null;
      /** Format: date-time */
      lastActivityAt: string | null;
      /** Format: uuid */
      leaderId: string | null;
      lostReason: string | null;
      /** Format: date-time */
      nextFollowUpAt: string | null;
      notes: string | null;
      overdue: boolean;
      /** Format: uuid */
      ownerId: string;
      park: string | null;
      /** @example 500000.0000 */
      plannedInvestmentWan: string;
      /** @enum {string} */
      pool: 'planning' | 'attraction' | 'landing' | 'construction';
      /** Format: date */
      productionStartedAt: string | null;
      projectName: string;
      signedAmountWan: string | null;
      /** Format: date */
      signedAt: string | null;
      /** @enum {string|null} */
      source: 'industry_chain' | 'business_referral' | 'exhibition' | 'agency' | 'online' | 'other' | null;
      /** @enum {string} */
      stage: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | 'lost';
      /** Format: date */
      stageDeadline: string | null;
      /** Format: date */
      stageEnteredAt: string;
      track: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      /** @enum {string|null} */
      warning: 'red' | 'yellow' | 'green' | null;
    };
    LoginDto: {
      /** @example admin@luodi.local */
      email: string;
      /** @example luodi-admin-2024 */
      password: string;
    };
    NotificationDto: {
      /** @description Send attempts so far */
      attempts: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'due_soon' | 'overdue' | 'escalation' | 'digest';
      /** Format: uuid */
      leadId: string | null;
      /** @description Days relative to the stage deadline (-7, -1, 1, 7) */
      offsetDays: number | null;
      /** @description Email address the notification goes to */
      recipient: string;
      /** Format: date-time */
      sentAt: string | null;
      /** @enum {string} */
      status: 'pending' | 'sent' | 'failed' | 'skipped';
      /**
       * Format: uuid
       * @description The recipient user
       */
      userId: string | null;
      /**
       * @description ISO week of a digest
       * @example 2024-W14
       */
      week: string | null;
    };
    NotificationPageDto: {
      items: components['schemas']['NotificationDto'][];
      nextCursor: string | null;
    };
    OverdueLeadView: {
      companyName: string;
      daysOverdue: number;
      id: string;
      leaderId: string | null;
      park: string | null;
      plannedInvestmentWan: string;
      projectName: string;
      /** @enum {string} */
      stage: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | 'lost';
      stageDeadline: string;
      track: string;
      /** @enum {string} */
      warning: 'red';
    };
    OverdueOwnerView: {
      count: number;
      /** @description the most overdue first, at most limitPerOwner */
      leads: components['schemas']['OverdueLeadView'][];
      maxDaysOverdue: number;
      ownerId: string;
      ownerName: string | null;
    };
    OverdueReportView: {
      count: number;
      owners: components['schemas']['OverdueOwnerView'][];
      today: string;
    };
    OwnerPerformanceView: {
      active: boolean | null;
      activitiesCount: number;
      leadCount: number;
      /** @description counts keyed by stage: lead, signed, landed, construction, production, lost */
      leadsByStage: {
        [key: string]: number;
      };
      overdueCount: number;
      ownerId: string;
      ownerName: string | null;
      ratio: string | null;
      role: string | null;
      signedCount: number;
      signedWan: string;
      targetWan: string | null;
    };
    OwnerProgressView: {
      count: number;
      ownerId: string;
      ownerName: string | null;
      ratio: string | null;
      signedWan: string;
      targetWan: string | null;
    };
    OwnersReportView: {
      owners: components['schemas']['OwnerPerformanceView'][];
      year: number;
    };
    ParkKpiView: {
      /** @description 投资完成率 */
      completionRate: components['schemas']['KpiValueView'];
      /** @description 开工率 */
      constructionRate: components['schemas']['KpiValueView'];
      /** @description 资金到位率 */
      fundingRate: components['schemas']['KpiValueView'];
      /** @description 当年落地率 */
      landingRate: components['schemas']['KpiValueView'];
      park: string;
    };
    ParkProgressView: {
      count: number;
      park: string;
      ratio: string | null;
      signedWan: string;
      targetWan: string | null;
    };
    PutTargetDto: {
      /** @description 万元: a decimal string or JSON number, at most 4 fraction digits, > 0, <= 100000000, per owner (user id) */
      byOwner?: {
        [key: string]: string;
      };
      /**
       * @description 万元: a decimal string or JSON number, at most 4 fraction digits, > 0, <= 100000000, per park code
       * @example {
       *       "yangqu": "1500000.0000"
       *     }
       */
      byPark?: {
        [key: string]: string;
      };
      /**
       * @description 万元: a decimal string or JSON number, at most 4 fraction digits, > 0, <= 100000000, per track code
       * @example {
       *       "new_energy": "2000000.0000"
       *     }
       */
      byTrack?: {
        [key: string]: string;
      };
      /**
       * @description 万元: a decimal string or JSON number, at most 4 fraction digits, > 0, <= 100000000
       * @example 6000000.0000
       */
      signedAmountWan: string | number;
    };
    RunDigestAcceptedDto: {
      /** @example 2024-W14 */
      week: string;
    };
    RunDigestDto: {
      /**
       * @description ISO week (Asia/Shanghai); default: the current week
       * @example 2024-W14
       */
      week?: string;
    };
    StageDeadlineDto: {
      /** @example 90 */
      deadlineDays: number;
    };
    StageTransitionDto: {
      /**
       * Format: date
       * @description Defaults to today (Asia/Shanghai)
       */
      date?: string;
      /** @description Required for lost, backwards and reopening */
      reason?: string;
      /** @description 签约金额 in 万元; required to sign unless already set */
      signedAmountWan?: string;
      /** @enum {string} */
      to: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | 'lost';
      version: number;
    };
    TargetProgressView: {
      /** @description when the totals were computed */
      asOf: string;
      byOwner: components['schemas']['OwnerProgressView'][];
      byPark: components['schemas']['ParkProgressView'][];
      byTrack: components['schemas']['TrackProgressView'][];
      count: number;
      /** @description target × elapsed days (today included) / days in the year, Asia/Shanghai */
      expectedByTodayWan: string;
      /** @description signed / target */
      ratio: string | null;
      remainingWan: string;
      signedWan: string;
      signedYi: string;
      /** @example 6000000.0000 */
      targetWan: string;
      /** @example 600.0000 */
      targetYi: string;
      year: number;
    };
    TargetView: {
      byOwner: {
        [key: string]: string;
      };
      byPark: {
        [key: string]: string;
      };
      byTrack: {
        [key: string]: string;
      };
      /** @example 6000000.0000 */
      signedAmountWan: string;
      updatedAt: string;
      updatedBy: string | null;
      year: number;
    };
    TrackKpiView: {
      /** @description 投资完成率 */
      completionRate: components['schemas']['KpiValueView'];
      /** @description 开工率 */
      constructionRate: components['schemas']['KpiValueView'];
      /** @description 资金到位率 */
      fundingRate: components['schemas']['KpiValueView'];
      /** @description 当年落地率 */
      landingRate: components['schemas']['KpiValueView'];
      track: string;
    };
    TrackProgressView: {
      count: number;
      ratio: string | null;
      signedWan: string;
      targetWan: string | null;
      track: string;
    };
    TransitionView: {
      /** Format: date-time */
      at: string;
      /** Format: uuid */
      byUserId: string | null;
      /** Format: date */
      date: string;
      /** @enum {string} */
      from: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | 'lost';
      reason: string | null;
      /** @enum {string} */
      to: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | 'lost';
    };
    UpdateLeadDto: {
      companyName?: string;
      contactName?: Record<string, never> | null;
      /**
       * @description Mainland mobile or landline
       * @example 13800138000
       */
      contactPhone?: Record<string, never> | null;
      /**
       * @description 统一社会信用代码 (GB 32100-2015)
       * @example 91330000MA2J1ABC1X
       */
      creditCode?: Record<string, never> | null;
      isProvincialKey?: boolean;
      /**
       * Format: uuid
       * @description Supervisors only
       */
      leaderId?: Record<string, never> | null;
      notes?: Record<string, never> | null;
      /**
       * Format: uuid
       * @description Supervisors only
       */
      ownerId?: string;
      /** @enum {string|null} */
      park?: 'yangqu' | 'tanghuai' | 'xiaohe' | null;
      /** @example 500000.0000 */
      plannedInvestmentWan?: string;
      /**
       * @description Only at stage lead: into or out of 策划包装库
       * @enum {string}
       */
      pool?: 'planning' | 'attraction';
      projectName?: string;
      /** @description Only before signing; then by transition */
      signedAmountWan?: string | null;
      /** @enum {string|null} */
      source?: 'industry_chain' | 'business_referral' | 'exhibition' | 'agency' | 'online' | 'other' | null;
      /**
       * Format: date
       * @description Supervisors only
       */
      stageDeadline?: Record<string, never> | null;
      /** @enum {string} */
      track?: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
      /** @description The version the change is based on (optimistic concurrency) */
      version: number;
    };
    UpdateUserDto: {
      active?: boolean;
      name?: string;
      /** @enum {string} */
      role?: 'staff' | 'supervisor' | 'admin';
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
  LeadLookupsController_activities: {
    parameters: {
      query?: {
        /** @description Activities this user logged: a user id, or `me` */
        byUserId?: string;
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        /** @description Activities on leads this user leads (包联): a user id, or `me` */
        leaderId?: string;
        limit?: number;
        /** @description Activities on leads this user owns: a user id, or `me` */
        ownerId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeedActivityPageView'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DigestsController_run: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RunDigestDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunDigestAcceptedDto'];
        };
      };
    };
  };
  EventsController_stream: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A text/event-stream that stays open */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  HealthController_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  LeadsController_list: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        /** @description Open leads whose stage deadline falls between today and today + N days (Asia/Shanghai) */
        deadlineWithinDays?: number;
        /** @description Open leads whose next follow-up (nextFollowUpAt) is due by the end of today */
        followUpDue?: 'true';
        isProvincialKey?: 'true' | 'false';
        /** @description The 包联领导: a user id, or `me` */
        leaderId?: string;
        limit?: number;
        overdue?: 'true' | 'false';
        /** @description A user id, or `me` */
        ownerId?: string;
        park?: 'yangqu' | 'tanghuai' | 'xiaohe';
        pool?: 'planning' | 'attraction' | 'landing' | 'construction';
        /** @description Substring of the company or project name (Chinese included) */
        q?: string;
        sort?: 'createdAt' | '-createdAt' | 'stageDeadline' | '-plannedInvestmentWan';
        stage?: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | 'lost';
        track?: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
        warning?: 'red' | 'yellow' | 'green';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadPageView'];
        };
      };
    };
  };
  LeadsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateLeadDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadView'];
        };
      };
    };
  };
  LeadsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadView'];
        };
      };
    };
  };
  LeadsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateLeadDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadView'];
        };
      };
    };
  };
  LeadRecordsController_activities: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityPageView'];
        };
      };
    };
  };
  LeadRecordsController_addActivity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ActivityDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityView'];
        };
      };
    };
  };
  LeadRecordsController_setApproval: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApprovalDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadView'];
        };
      };
    };
  };
  LeadRecordsController_audit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntryView'][];
        };
      };
    };
  };
  LeadRecordsController_investments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvestmentView'][];
        };
      };
    };
  };
  LeadRecordsController_setInvestment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        month: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InvestmentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvestmentView'][];
        };
      };
    };
  };
  LeadRecordsController_transitions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransitionView'][];
        };
      };
    };
  };
  LeadRecordsController_transition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StageTransitionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadView'];
        };
      };
    };
  };
  LeadLookupsController_counts: {
    parameters: {
      query?: {
        /** @description Open leads whose stage deadline falls between today and today + N days (Asia/Shanghai) */
        deadlineWithinDays?: number;
        /** @description Open leads whose next follow-up (nextFollowUpAt) is due by the end of today */
        followUpDue?: 'true';
        isProvincialKey?: 'true' | 'false';
        /** @description The 包联领导: a user id, or `me` */
        leaderId?: string;
        overdue?: 'true' | 'false';
        /** @description A user id, or `me` */
        ownerId?: string;
        park?: 'yangqu' | 'tanghuai' | 'xiaohe';
        pool?: 'planning' | 'attraction' | 'landing' | 'construction';
        /** @description Substring of the company or project name (Chinese included) */
        q?: string;
        sort?: 'createdAt' | '-createdAt' | 'stageDeadline' | '-plannedInvestmentWan';
        stage?: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | 'lost';
        track?: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
        warning?: 'red' | 'yellow' | 'green';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadCountsView'];
        };
      };
    };
  };
  LeadsController_export: {
    parameters: {
      query?: {
        /** @description Open leads whose stage deadline falls between today and today + N days (Asia/Shanghai) */
        deadlineWithinDays?: number;
        /** @description Open leads whose next follow-up (nextFollowUpAt) is due by the end of today */
        followUpDue?: 'true';
        isProvincialKey?: 'true' | 'false';
        /** @description The 包联领导: a user id, or `me` */
        leaderId?: string;
        overdue?: 'true' | 'false';
        /** @description A user id, or `me` */
        ownerId?: string;
        park?: 'yangqu' | 'tanghuai' | 'xiaohe';
        pool?: 'planning' | 'attraction' | 'landing' | 'construction';
        /** @description Substring of the company or project name (Chinese included) */
        q?: string;
        sort?: 'createdAt' | '-createdAt' | 'stageDeadline' | '-plannedInvestmentWan';
        stage?: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | 'lost';
        track?: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
        warning?: 'red' | 'yellow' | 'green';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An Excel workbook with Chinese headers */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  LeadsController_import: {
    parameters: {
      query?: {
        dryRun?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['ImportFileView'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportReportView'];
        };
      };
    };
  };
  LeadLookupsController_names: {
    parameters: {
      query: {
        /** @description Lead ids, comma-separated (1 to 200) */
        ids: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadNamesView'];
        };
      };
    };
  };
  NotificationsController_list: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        kind?: 'due_soon' | 'overdue' | 'escalation' | 'digest';
        /** @description Only notifications about this lead */
        leadId?: string;
        limit?: number;
        /** @description Only notifications to this user (staff: only themselves) */
        userId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPageDto'];
        };
      };
    };
  };
  CatalogController_parks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ReportsController_batches: {
    parameters: {
      query: {
        /** @description zone date, inclusive */
        from: string;
        /** @description a user id, or `me` */
        ownerId?: string;
        park?: 'yangqu' | 'tanghuai' | 'xiaohe';
        /** @description zone date, inclusive */
        to: string;
        track?: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BatchesReportView'];
        };
      };
    };
  };
  ReportsController_funnel: {
    parameters: {
      query?: {
        /** @description zone date (Asia/Shanghai) of creation, inclusive */
        from?: string;
        /** @description a user id, or `me` */
        ownerId?: string;
        park?: 'yangqu' | 'tanghuai' | 'xiaohe';
        /** @description inclusive */
        to?: string;
        track?: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FunnelReportView'];
        };
      };
    };
  };
  ReportsController_kpis: {
    parameters: {
      query: {
        /** @description a user id, or `me` */
        ownerId?: string;
        park?: 'yangqu' | 'tanghuai' | 'xiaohe';
        track?: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
        year: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KpisReportView'];
        };
      };
    };
  };
  ReportsController_overdue: {
    parameters: {
      query?: {
        /** @description leads listed per owner */
        limitPerOwner?: number;
        /** @description a user id, or `me` */
        ownerId?: string;
        park?: 'yangqu' | 'tanghuai' | 'xiaohe';
        track?: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OverdueReportView'];
        };
      };
    };
  };
  ReportsController_owners: {
    parameters: {
      query: {
        /** @description a user id, or `me` */
        ownerId?: string;
        park?: 'yangqu' | 'tanghuai' | 'xiaohe';
        track?: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
        year: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OwnersReportView'];
        };
      };
    };
  };
  CatalogController_stages: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CatalogController_setDeadline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StageDeadlineDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  TargetsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TargetView'];
        };
      };
    };
  };
  TargetsController_put: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PutTargetDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TargetView'];
        };
      };
    };
  };
  TargetsController_progress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TargetProgressView'];
        };
      };
    };
  };
  CatalogController_tracks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UserDirectoryController_list: {
    parameters: {
      query?: {
        /** @description Only active users */
        active?: 'true' | 'false';
        /** @description Opaque cursor from the previous page */
        cursor?: string;
        /** @description Exactly these users (comma-separated ids, at most 200), inactive ones included */
        ids?: string[];
        limit?: number;
        /** @description Substring of the name */
        q?: string;
        role?: 'staff' | 'supervisor' | 'admin';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectoryPageView'];
        };
      };
    };
  };
  UsersController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
