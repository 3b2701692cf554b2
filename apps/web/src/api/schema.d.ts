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
    /**
     * Sign in
     * @description Returns a bearer token for every other route. A wrong email and a wrong password give the same 401. Attempts are counted before the password is checked: more than 5 in 15 minutes for one account from one address, or more failures from one address than `LOGIN_ADDRESS_LIMIT` (100), are refused with 429 and `Retry-After`. An admin also gets an HttpOnly cookie for the queues UI at /admin/queues.
     */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign out
     * @description Revokes the bearer token used (it is refused from now on, until it would have expired); the user’s other sessions go on. Also clears the queues UI cookie.
     */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Refresh the token
     * @description Exchanges a valid bearer token for a fresh one with a full lifetime (`expiresIn`) and revokes the token sent, so a page that stays open (the 大屏) keeps its session for days by refreshing before expiry. An expired, revoked (logged out or already refreshed) or outdated token (password changed or reset, user deactivated) is a 401 like anywhere else. An admin also gets a new queues UI cookie.
     */
    post: operations['AuthController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/batch-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The 三个一批 events
     * @description The latest date first, with counts.
     */
    get: operations['BatchEventsController_list'];
    put?: never;
    /**
     * Create a 三个一批 event (supervisor, admin)
     * @description Name, date and 期数.
     */
    post: operations['BatchEventsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/batch-events/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A 三个一批 event
     * @description The three lists with counts, 总投资 and 预计年产值 by track and park, and for each lead whether it had reached the list’s stage by the event’s date (Asia/Shanghai).
     */
    get: operations['BatchEventsController_detail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/batch-events/{id}/entries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Nominate a lead to one of the event’s lists (supervisor, admin)
     * @description signing, construction or production, with its 预计年产值. A lead is on one list of an event: nominating it again moves it and replaces its expected output. Returns the event page.
     */
    post: operations['BatchEventsController_nominate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/batch-events/{id}/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The event’s lists in the province’s format (.xlsx)
     * @description A sheet per list (签约一批, 开工一批, 投产一批): title, Chinese headers, one row per project, 合计.
     */
    get: operations['BatchEventsController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/chain-links/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A chain link with its target companies and leads
     * @description What the chain map lists when a link is clicked: 招商目标企业 (approached or not) and the leads on it.
     */
    get: operations['ChainLinksController_link'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/chains': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Chains and their links
     * @description Of one track, or of every track.
     */
    get: operations['ChainsController_list'];
    put?: never;
    /**
     * Add a chain (admin)
     * @description A chain name is unique within its track.
     */
    post: operations['ChainsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/chains/{id}': {
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
    /**
     * Rename a chain or move it to another track (admin)
     * @description `version` must be the current one (else 409); a name is unique within its track.
     */
    patch: operations['ChainsController_update'];
    trace?: never;
  };
  '/api/v1/chains/{id}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a link to a chain (admin)
     * @description Returns the chain with its links.
     */
    post: operations['ChainsController_addLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/chains/links/{id}/targets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a target company to a link (supervisor, admin)
     * @description 招商目标企业. 201 when added; 200 when the company was already a target (its note updated).
     */
    post: operations['ChainsController_addTarget'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/companies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List companies
     * @description By `q` (name, alias or credit code), ownership, tag.
     */
    get: operations['CompaniesController_list'];
    put?: never;
    /**
     * Register a company (企业库)
     * @description One company per credit code, and per normalised name without one (409 DUPLICATE_COMPANY with `existingCompanyId`).
     */
    post: operations['CompaniesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/companies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A company page
     * @description The company with its projects (stages, amounts), contacts, activities across projects and totals.
     */
    get: operations['CompaniesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Edit a company
     * @description Present fields change, `null` clears an optional one; `version` must be the current one.
     */
    patch: operations['CompaniesController_update'];
    trace?: never;
  };
  '/api/v1/companies/{id}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a contact to a company
     * @description A person at the firm (name, title, phone, email); listed on the company page.
     */
    post: operations['CompaniesController_addContact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/companies/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export companies to Excel
     * @description The companies the list filters select, as an .xlsx workbook with Chinese headers (企业库.xlsx).
     */
    get: operations['CompaniesController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/companies/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import companies from .xlsx or .csv
     * @description A header row with the export’s Chinese headers or the API’s field names; ownership and tags as codes or Chinese names, aliases and tags separated by 、. Firms already registered are reported, not changed. `dryRun=true` checks without writing. At most 20 MiB.
     */
    post: operations['CompaniesController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/companies/similar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Companies that look like the same firm
     * @description By trigram similarity of the normalised names and aliases (region prefixes, legal-form suffixes, width and case ignored), best first, at most 10; `[]` when none.
     */
    get: operations['CompaniesController_similar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/departments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The 责任单位 list
     * @description Every department, active ones first, by name. Problems go only to active ones.
     */
    get: operations['DepartmentsController_list'];
    put?: never;
    /**
     * Add a 责任单位 (admin)
     * @description Names are unique (a taken one is a 400 on name).
     */
    post: operations['DepartmentsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/departments/{id}': {
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
    /**
     * Rename or (de)activate a 责任单位 (admin)
     * @description An inactive department keeps its problems but takes no new ones.
     */
    patch: operations['DepartmentsController_update'];
    trace?: never;
  };
  '/api/v1/digests/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The HTML digest a user would get for a week (sends nothing)
     * @description Supervisors and admins get the zone digest (全区招商周报), staff their own (我的本周项目). Unknown user → 404.
     */
    get: operations['DigestsController_preview'];
    put?: never;
    post?: never;
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
    /**
     * Send a week's digests now (admin)
     * @description Queues the weekly digest of an ISO week (default: the current one) for every active user; the worker sends it. Running it again sends nothing twice. The week must lie between 2000-W01 and next week.
     */
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
     * @description `event: totals` `{year}` when a year's target progress changed; `event: lead` `{id, version}` when a lead was created or changed. Comment lines every 20 s keep the stream open; it ends when the token expires, or at the next comment after the session ends (logout, password change or reset, deactivation). Read it with fetch and the Authorization header (never a token in the URL).
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
    /**
     * Health of the API and what it depends on
     * @description PostgreSQL and Redis, each checked with a 2 s timeout. No sign-in needed.
     */
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
    /**
     * List leads
     * @description Filtered, sorted and cursor-paged. Every signed-in user may read every lead.
     */
    get: operations['LeadsController_list'];
    put?: never;
    /**
     * Capture a lead (项目线索)
     * @description The owner is the caller unless a supervisor names one. A second open lead for the same company and project is a 409 with `existingLeadId`. With `companyId` the lead is the company’s; else its company is found by credit code or normalised name, or created; when it was created (a firm new to the register), `similarCompanies` names registered firms that look alike.
     */
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
    /**
     * Read a lead
     * @description With its approvals, deadline, 三色预警 and version.
     */
    get: operations['LeadsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Edit a lead
     * @description Present fields change, `null` clears an optional one; `version` must be the current one (else 409). Staff change only their own leads; `ownerId`, `leaderId` and `stageDeadline` only supervisors. The stage and its dates change only by a transition.
     */
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
    /**
     * A lead’s activities
     * @description Newest first, cursor-paged.
     */
    get: operations['LeadRecordsController_activities'];
    put?: never;
    /**
     * Log an activity (洽谈记录)
     * @description A visit, call, meeting…; not in the future. `nextFollowUpAt` becomes the lead’s next follow-up.
     */
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
    /**
     * Set an approval (立项, 环评 or 土地)
     * @description Status, the date it was done (with `done`; defaults to today) and the 文号. With `version`, a stale one is a 409.
     */
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
    /**
     * A lead’s audit trail
     * @description Every change: who, when, and each field’s old and new value.
     */
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
    /**
     * A lead’s monthly investments
     * @description Oldest month first, with running totals.
     */
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
    /**
     * Record a month’s investment
     * @description 到位资金 and 投资完成额 of a month, for leads at landed or later; not a future month. Returns every month with running totals.
     */
    put: operations['LeadRecordsController_setInvestment'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/{id}/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A lead’s plans
     * @description Every year’s plan, the latest year first.
     */
    get: operations['PlansController_forLead'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/{id}/plans/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set a lead’s plan for a year (年度计划)
     * @description 年度计划投资, planned start and production months, 新建/续建, 产业类/基础设施类 and 省级重点工程 for the year; creates or replaces it (200 either way), audited on the lead. Staff plan only their own leads.
     */
    put: operations['PlansController_put'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/{id}/problems': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A lead’s problems
     * @description Newest first, cursor-paged.
     */
    get: operations['ProblemsController_ofLead'];
    put?: never;
    /**
     * Raise a problem on a lead
     * @description Staff on the leads they own, supervisors and admins on any. The department must be active, the assignee an active user, the due date not before today.
     */
    post: operations['ProblemsController_raise'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/{id}/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A lead’s results (投产达效)
     * @description Every quarter, the latest first.
     */
    get: operations['ResultsController_forLead'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/leads/{id}/results/{quarter}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Record a quarter’s results (投产达效)
     * @description 产值, 税收 and 就业 of a lead in production for a quarter (not a future one); creates or replaces it, audited on the lead. Staff record only their own leads’.
     */
    put: operations['ResultsController_put'];
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
    /**
     * A lead’s stage moves
     * @description Every move kept, oldest first.
     */
    get: operations['LeadRecordsController_transitions'];
    put?: never;
    /**
     * Move a lead to another stage
     * @description Forward one stage at a time (else 422 STAGE_SKIP); gates (else 422 STAGE_GATE_UNMET listing what is missing): signing needs `signedAmountWan`, landing all three approvals done. `to: lost` needs a `reason`; moving back or reopening is for supervisors, with a reason. `date` defaults to today (Asia/Shanghai), never in the future nor before the current stage began.
     */
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
    /**
     * How many leads match the list filters, in all and by 三色预警
     * @description Takes the same filters as `GET /leads` (without paging) and counts what that list would hold.
     */
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
    /**
     * Export leads to Excel
     * @description The leads the list filters select, as an .xlsx workbook with Chinese headers, amounts as numbers in 万元 and dates as dates (项目线索.xlsx). The workbook is streamed as it is written (no Content-Length); one export per user runs at a time, another is refused with 429 and `Retry-After` until it has downloaded.
     */
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
    /**
     * Import leads from .xlsx or .csv
     * @description A header row with the export’s Chinese headers or the API’s field names; track, park and source as codes or Chinese names. Valid rows are created (owned by the caller), every bad row and duplicate is reported, none half-written. `dryRun=true` checks without writing. At most 20 MiB.
     */
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
    /**
     * Company and project names of leads by id (unknown ids are left out)
     * @description For showing names instead of ids (notifications, the activity feed): any signed-in user.
     */
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
    /**
     * The parks (园区)
     * @description Codes with Chinese and English names.
     */
    get: operations['CatalogController_parks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The year’s plans (年度计划表)
     * @description Every lead’s plan for the year with its project, stage, start dates and 投资完成额 in the year, the largest planned investment first; `sums` are over all pages.
     */
    get: operations['PlansController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/{year}/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The year’s plans as an Excel sheet
     * @description One row per project and year, Chinese headers (项目编号 … 省级重点工程); the list’s filters apply.
     */
    get: operations['PlanSheetController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/plans/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import plans from the office’s sheet (supervisor, admin)
     * @description The export’s headers (or the API’s field names); each row creates or replaces that project’s plan for its year. Valid rows are written, bad rows reported, none half-written; `dryRun=true` only checks.
     */
    post: operations['PlanSheetController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/problems': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The 问题台账
     * @description Every problem, newest first, filtered by status, category, department, assignee (`me`), overdue, lead.
     */
    get: operations['ProblemsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/problems/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A problem
     * @description With `overdue` as of today (Asia/Shanghai).
     */
    get: operations['ProblemsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a problem
     * @description The lead’s owner, the assignee and supervisors may. Status open → in_progress → resolved (with a `resolution`, else 422 INVALID_TRANSITION); resolved → in_progress reopens. A stale `version` is a 409.
     */
    patch: operations['ProblemsController_update'];
    trace?: never;
  };
  '/api/v1/problems/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A problem’s status moves and audit trail
     * @description Oldest first.
     */
    get: operations['ProblemsController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/problems/{id}/updates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A problem’s 反馈
     * @description Oldest first.
     */
    get: operations['ProblemsController_updates'];
    put?: never;
    /**
     * Add a 反馈 (progress note)
     * @description By whoever may change the problem.
     */
    post: operations['ProblemsController_addUpdate'];
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
    /**
     * 三个一批: signed, construction started, production started
     * @description The leads that signed, started construction or started production in [from, to], with counts and amounts; `summary=true` gives the counts and amounts without the leads. Staff get only their own, with `ownerId=me`.
     */
    get: operations['ReportsController_batches'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/chains': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Chain coverage report (产业链图谱)
     * @description Per link: companies present (a lead at landed or later), leads in progress (lead, signed), target companies not yet approached (no lead at all), the signed amount (leads at signed or later), and `gap: true` where nothing is present or in progress.
     */
    get: operations['ChainReportController_report'];
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
    /**
     * The conversion funnel
     * @description For leads created in [from, to]: per stage how many reached it, the amount, the conversion from the previous stage and the median days spent in it; and the leads lost, by stage. Staff get only their own, with `ownerId=me`.
     */
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
    /**
     * Landing KPIs (落地率, 开工率, 投产率, 资金到位率, 投资完成率)
     * @description The zone’s KPIs for the year, each with numerator and denominator, by track and park too. Staff get only their own, with `ownerId=me`.
     */
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
    /**
     * Overdue leads by owner
     * @description Open leads past their stage deadline (Asia/Shanghai): how many and the longest overdue per owner and per 包联领导 (all of them), and the leads themselves a page at a time (`limit`, `cursor`), the most overdue first; one owner’s leads with `ownerId`. Staff get only their own, with `ownerId=me`.
     */
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
    /**
     * Owners’ performance (绩效)
     * @description Per owner for the year: leads by stage, signed amount against their target, overdue and activity counts. Staff get only their own, with `ownerId=me`.
     */
    get: operations['ReportsController_owners'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The plan report (开工率, 投资完成率, 新建占比)
     * @description 开工率 = started construction in the year ÷ planned to start in it; 投资完成率 = 投资完成额 in the year ÷ the year’s planned investment; by category, build type and month (running totals), beside the year before (同比), for all projects or, with `provincialKey=true`, the 省级重点工程. Staff get only their own, with `ownerId=me`.
     */
    get: operations['PlansController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/problems': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Problems by category and by department (supervisor, admin)
     * @description For [from, to] (zone dates): opened and resolved in the period, open and overdue on `asOf`, and the median days to resolve. `track` and `park` are the lead’s.
     */
    get: operations['ProblemReportsController_problems'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Results after production (新增产值, 税收, 就业)
     * @description The year’s 产值, 税收 and 就业 of producing leads by quarter (running 产值), track and park, and 新增产值 against the year’s 新增产值目标 with the even pace (序时进度).
     */
    get: operations['ResultsController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/signings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Signed amounts by month (签约月度累计)
     * @description The year’s signed amount by month of the first signing, with running totals, by the targets’ counting rule (December’s running total is the year’s 已签约). Staff get only their own, with `ownerId=me`.
     */
    get: operations['ReportsController_signings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/supervisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 督办 by assignee (supervisor, admin)
     * @description For orders issued in [from, to]: issued, acknowledged on time, done on time and overdue, per assignee.
     */
    get: operations['ProblemReportsController_supervisions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/settings/warning': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The 三色预警 thresholds (预警配置)
     * @description Yellow when the stage deadline is within `deadlineSoonDays`, nothing was logged for `noActivityDays`, or a problem has been open longer than `problemAgingDays`.
     */
    get: operations['DepartmentsController_getWarning'];
    /**
     * Set the 三色预警 thresholds (admin)
     * @description Takes effect at once for every lead’s `warning`, `warningReasons` and the list’s `warning` filter.
     */
    put: operations['DepartmentsController_putWarning'];
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
    /**
     * The pipeline stages in order
     * @description lead 洽谈 → signed 签约 → landed 落地 → construction 开工建设 → production 投产, and lost 终止.
     */
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
    /**
     * Set a stage’s default deadline (admin)
     * @description Applies to leads entering the stage from now on; production and lost have no deadline (400).
     */
    put: operations['CatalogController_setDeadline'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * 督办 orders
     * @description Newest first, filtered by status, assignee (`me`), issuer (`me`), overdue, lead or problem.
     */
    get: operations['SupervisionsController_list'];
    put?: never;
    /**
     * Issue a 督办 order (supervisor, admin)
     * @description An instruction on a lead (or one of its problems) to one or more active users, with a due date not before today. Each assignee gets it in their daily 督办清单.
     */
    post: operations['SupervisionsController_issue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervisions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A 督办 order
     * @description With its assignees (签收), reports (反馈) and `overdue` as of today (Asia/Shanghai).
     */
    get: operations['SupervisionsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervisions/{id}/acknowledge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Acknowledge (签收) an order (its assignees)
     * @description When every assignee has, the order is acknowledged. Twice is a 422; others get 403.
     */
    post: operations['SupervisionsController_acknowledge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervisions/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close (办结) an order (its issuer or an admin)
     * @description Only once reported done (else 422 INVALID_TRANSITION). A concurrent second close or return is a 409.
     */
    post: operations['SupervisionsController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervisions/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A 督办 order’s history
     * @description Every action with its status, oldest first.
     */
    get: operations['SupervisionsController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervisions/{id}/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Report on an order (反馈; its assignees)
     * @description After acknowledging. `done: true` (once every assignee acknowledged) reports it done for the issuer’s review.
     */
    post: operations['SupervisionsController_report'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/supervisions/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Return (退回) an order to its assignees (its issuer or an admin)
     * @description Only once reported done, with a reason; the assignees report again. A concurrent second close or return is a 409.
     */
    post: operations['SupervisionsController_returnOrder'];
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
    /**
     * The year’s target
     * @description As last set, with its breakdowns; 404 when none.
     */
    get: operations['TargetsController_get'];
    /**
     * Set the year’s target (supervisor, admin)
     * @description The zone’s signed-amount target and optional targets by track, park and owner; replaces the year’s target and all its breakdowns (200 whether new or not). Every bad amount or key is named.
     */
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
    /**
     * Progress against the year’s target
     * @description Signed amounts in the year of signing, for leads now at signed or later, against the targets, with the amount expected by today at an even pace (序时进度); by track, park and owner. Totals are computed by the worker after each signing (`asOf` says when).
     */
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
    /**
     * The four industry tracks (四条主赛道)
     * @description Codes with Chinese and English names.
     */
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
    /**
     * List users (supervisor, admin)
     * @description A cursor-paged list of every user.
     */
    get: operations['UsersController_list'];
    put?: never;
    /**
     * Create a user (admin)
     * @description The password needs at least 10 characters and must not be a common one or the email (or its name part); the email must not be in use.
     */
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
    /**
     * Change a user’s name, role or active flag (admin)
     * @description An inactive user cannot sign in and their tokens stop working at once (and stay dead if the user is reactivated). The last active admin cannot be deactivated or demoted (409 LAST_ADMIN).
     */
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/api/v1/users/{id}/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set a user’s password (admin)
     * @description Every token the user held before stops working.
     */
    post: operations['UsersController_resetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
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
    /**
     * The signed-in user
     * @description Who the bearer token belongs to, read fresh.
     */
    get: operations['UsersController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change my password
     * @description A wrong `currentPassword` is a 400 VALIDATION_FAILED naming that field (and counts like a failed sign-in: 429 after 5 in 15 minutes). Every token the user held before, this one included, stops working: sign in again with the new password.
     */
    post: operations['UsersController_changeOwnPassword'];
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
      /**
       * Format: date-time
       * @description When to follow up next; not before occurredAt
       */
      nextFollowUpAt?: string | null;
      /**
       * Format: date-time
       * @description Not in the future
       * @example 2024-05-06T10:00:00+08:00
       */
      occurredAt: string;
      /** @example 与企业高管座谈，初步确定选址意向 */
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
    AddTargetDto: {
      /** Format: uuid */
      companyId: string;
      /** @example 国内衬底龙头，拟赴太原考察 */
      note?: string | null;
    };
    ApprovalDto: {
      /**
       * @description 批文文号
       * @example 并发改备〔2024〕12号
       */
      documentNo?: string | null;
      /**
       * Format: date
       * @description With status done; defaults to today; not in the future
       */
      doneAt?: string | null;
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
      /** @description 批文文号 */
      documentNo: string | null;
      /** Format: date */
      doneAt: string | null;
      /** @enum {string} */
      status: 'pending' | 'in_progress' | 'done';
    };
    AuditEntryView: {
      /** @enum {string} */
      action: 'created' | 'imported' | 'updated' | 'transition' | 'approval' | 'activity' | 'investment';
      /** Format: date-time */
      at: string;
      /**
       * @description { field: [old, new] }; values are as the lead representation writes them
       * @example {
       *       "stage": [
       *         "lead",
       *         "signed"
       *       ],
       *       "signedAmountWan": [
       *         null,
       *         "80000.0000"
       *       ]
       *     }
       */
      changes: {
        [key: string]: unknown[];
      };
      /** Format: uuid */
      userId: string | null;
    };
    BatchEntryView: {
      /** @example 山西烁科晶体有限公司 */
      companyName: string;
      /** Format: date */
      constructionStartedAt: string | null;
      /**
       * @description 预计年产值
       * @example 80000.0000
       */
      expectedOutputWan: string | null;
      /** Format: uuid */
      leadId: string;
      /** @enum {string} */
      list: 'signing' | 'construction' | 'production';
      /** Format: uuid */
      ownerId: string;
      /** @enum {string|null} */
      park: 'yangqu' | 'tanghuai' | 'xiaohe' | null;
      /**
       * @description 总投资
       * @example 500000.0000
       */
      plannedInvestmentWan: string;
      /** Format: date */
      productionStartedAt: string | null;
      /** @example 碳化硅衬底项目 */
      projectName: string;
      /** @description reached the list’s stage by the event’s date (Asia/Shanghai) and is still there or further */
      reached: boolean;
      /**
       * Format: date
       * @description when it reached that stage
       */
      reachedAt: string | null;
      /** Format: date */
      signedAt: string | null;
      /**
       * @description the lead’s stage now
       * @enum {string}
       */
      stage: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | 'lost';
      /** @enum {string} */
      track: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
    };
    BatchesReportView: {
      /** @description 开工 */
      constructionStarted: components['schemas']['BatchGroupView'];
      /** Format: date */
      from: string;
      /** @description 投产 */
      productionStarted: components['schemas']['BatchGroupView'];
      /** @description 签约 */
      signed: components['schemas']['BatchGroupView'];
      /** Format: date */
      to: string;
    };
    BatchEventDetailView: {
      /** @description 开工一批 */
      construction: components['schemas']['BatchListView'];
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      createdBy: string | null;
      /**
       * Format: date
       * @example 2024-04-18
       */
      date: string;
      /** Format: uuid */
      id: string;
      /** @example 全市第四期“三个一批”活动 */
      name: string;
      /** @example 4 */
      period: number | null;
      /** @description 投产一批 */
      production: components['schemas']['BatchListView'];
      /** @description 签约一批 */
      signing: components['schemas']['BatchListView'];
      /** @description the three lists together */
      totals: components['schemas']['BatchTotalsView'];
    };
    BatchEventSummaryView: {
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      createdBy: string | null;
      /**
       * Format: date
       * @example 2024-04-18
       */
      date: string;
      /** @description nominated leads */
      entries: number;
      /** Format: uuid */
      id: string;
      /** @example 全市第四期“三个一批”活动 */
      name: string;
      /** @description of which not at their stage by the event’s date */
      notReached: number;
      /** @example 4 */
      period: number | null;
    };
    BatchEventView: {
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      createdBy: string | null;
      /**
       * Format: date
       * @example 2024-04-18
       */
      date: string;
      /** Format: uuid */
      id: string;
      /** @example 全市第四期“三个一批”活动 */
      name: string;
      /** @example 4 */
      period: number | null;
    };
    BatchGroupView: {
      /** @example 500000.0000 */
      amountWan: string;
      count: number;
      /** @description The leads, by date then company name; absent with `summary=true` */
      items?: components['schemas']['BatchLeadView'][];
    };
    BatchLeadView: {
      /**
       * @description signed amount, or planned investment when not signed
       * @example 500000.0000
       */
      amountWan: string;
      companyName: string;
      /** Format: date */
      date: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      ownerId: string;
      /** @enum {string|null} */
      park: 'yangqu' | 'tanghuai' | 'xiaohe' | null;
      projectName: string;
      /** @enum {string} */
      stage: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | 'lost';
      /** @enum {string} */
      track: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
    };
    BatchListView: {
      byPark: components['schemas']['BatchParkTotalsView'][];
      byTrack: components['schemas']['BatchTrackTotalsView'][];
      count: number;
      entries: components['schemas']['BatchEntryView'][];
      /**
       * @description 预计年产值
       * @example 500000.0000
       */
      expectedOutputWan: string;
      /**
       * @description 预计年产值 in 亿元
       * @example 8.0000
       */
      expectedOutputYi: string;
      /** @enum {string} */
      list: 'signing' | 'construction' | 'production';
      /** @description not at their stage by the event’s date */
      notReached: number;
      /**
       * @description 总投资 (the leads’ planned investment)
       * @example 500000.0000
       */
      totalInvestmentWan: string;
      /**
       * @description 总投资 in 亿元
       * @example 50.0000
       */
      totalInvestmentYi: string;
    };
    BatchParkTotalsView: {
      count: number;
      /**
       * @description 预计年产值
       * @example 500000.0000
       */
      expectedOutputWan: string;
      /**
       * @description 预计年产值 in 亿元
       * @example 8.0000
       */
      expectedOutputYi: string;
      /** @description not at their stage by the event’s date */
      notReached: number;
      /**
       * @description null: no park
       * @enum {string|null}
       */
      park: 'yangqu' | 'tanghuai' | 'xiaohe' | null;
      /**
       * @description 总投资 (the leads’ planned investment)
       * @example 500000.0000
       */
      totalInvestmentWan: string;
      /**
       * @description 总投资 in 亿元
       * @example 50.0000
       */
      totalInvestmentYi: string;
    };
    BatchTotalsView: {
      count: number;
      /**
       * @description 预计年产值
       * @example 500000.0000
       */
      expectedOutputWan: string;
      /**
       * @description 预计年产值 in 亿元
       * @example 8.0000
       */
      expectedOutputYi: string;
      /** @description not at their stage by the event’s date */
      notReached: number;
      /**
       * @description 总投资 (the leads’ planned investment)
       * @example 500000.0000
       */
      totalInvestmentWan: string;
      /**
       * @description 总投资 in 亿元
       * @example 50.0000
       */
      totalInvestmentYi: string;
    };
    BatchTrackTotalsView: {
      count: number;
      /**
       * @description 预计年产值
       * @example 500000.0000
       */
      expectedOutputWan: string;
      /**
       * @description 预计年产值 in 亿元
       * @example 8.0000
       */
      expectedOutputYi: string;
      /** @description not at their stage by the event’s date */
      notReached: number;
      /**
       * @description 总投资 (the leads’ planned investment)
       * @example 500000.0000
       */
      totalInvestmentWan: string;
      /**
       * @description 总投资 in 亿元
       * @example 50.0000
       */
      totalInvestmentYi: string;
      /** @enum {string} */
      track: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
    };
    ChainLinkDetailView: {
      /** Format: uuid */
      chainId: string;
      chainName: string;
      /** Format: uuid */
      id: string;
      /** @description Leads on the link */
      leads: components['schemas']['LinkLeadView'][];
      /** @example 衬底 */
      name: string;
      /**
       * @description 上游/中游/下游
       * @enum {string}
       */
      position: 'upstream' | 'midstream' | 'downstream';
      /** @description 招商目标企业 */
      targets: components['schemas']['LinkTargetView'][];
      /** @enum {string} */
      track: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
    };
    ChainLinkReportView: {
      /** @description Companies with a lead on the link at landed or later */
      companiesPresent: number;
      /** @description Nothing present and nothing in progress (缺链) */
      gap: boolean;
      /** Format: uuid */
      id: string;
      /** @description Leads on the link at lead or signed */
      leadsInProgress: number;
      /** @example 衬底 */
      name: string;
      /**
       * @description 上游/中游/下游
       * @enum {string}
       */
      position: 'upstream' | 'midstream' | 'downstream';
      /**
       * @description 签约金额 of the link’s leads at signed or later
       * @example 0.0000
       */
      signedAmountWan: string;
      /**
       * @description 亿元
       * @example 0.0000
       */
      signedAmountYi: string;
      /**
       * @description The link’s colour on the chain map
       * @enum {string}
       */
      state: 'present' | 'in_progress' | 'targets_only' | 'empty';
      /** @description Target companies without any lead yet */
      targetsNotApproached: number;
    };
    ChainLinkView: {
      /** Format: uuid */
      id: string;
      /** @example 衬底 */
      name: string;
      /**
       * @description 上游/中游/下游
       * @enum {string}
       */
      position: 'upstream' | 'midstream' | 'downstream';
    };
    ChainReportItemView: {
      /** Format: uuid */
      id: string;
      links: components['schemas']['ChainLinkReportView'][];
      name: string;
      /** @enum {string} */
      track: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
    };
    ChainReportView: {
      chains: components['schemas']['ChainReportItemView'][];
    };
    ChainView: {
      /** Format: uuid */
      id: string;
      /** @description Upstream first, then in the order added */
      links: components['schemas']['ChainLinkView'][];
      /** @example 碳化硅 */
      name: string;
      /** @enum {string} */
      track: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
      version: number;
    };
    ChangeOwnPasswordDto: {
      /**
       * Format: password
       * @example Jinhe-2024-spring
       */
      currentPassword: string;
      /**
       * Format: password
       * @description At least 10 characters; not one of the commonest passwords, one character repeated, or the email or its name part
       * @example Fenhe-2025-autumn
       */
      newPassword: string;
    };
    CompanyActivityView: {
      /** Format: uuid */
      byUserId: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'visit' | 'call' | 'meeting' | 'negotiation' | 'site_survey' | 'other';
      /** Format: uuid */
      leadId: string;
      /** Format: date-time */
      occurredAt: string;
      projectName: string;
      summary: string;
    };
    CompanyDetailView: {
      /** @description 洽谈记录 across its projects, newest first (≤ 100) */
      activities: components['schemas']['CompanyActivityView'][];
      /**
       * @example [
       *       "烁科晶体"
       *     ]
       */
      aliases: string[];
      contacts: components['schemas']['ContactView'][];
      /** Format: date-time */
      createdAt: string;
      /** @example 91140100MA0GRXJ64X */
      creditCode: string | null;
      hqRegion: string | null;
      /** Format: uuid */
      id: string;
      /** @description Its projects, oldest first */
      leads: components['schemas']['CompanyLeadView'][];
      /** @example 山西烁科晶体有限公司 */
      name: string;
      notes: string | null;
      /** @enum {string} */
      ownership: 'central_soe' | 'local_soe' | 'private' | 'foreign' | 'hk_macao_taiwan' | 'other';
      /** @description 投产达效 of its producing projects, quarter by quarter, the latest first */
      results: components['schemas']['CompanyQuarterResultView'][];
      tags: ('fortune_global_500' | 'china_500' | 'listed' | 'chain_leader' | 'specialized' | 'high_tech')[];
      totals: components['schemas']['CompanyTotalsView'];
      /** Format: date-time */
      updatedAt: string;
      version: number;
      website: string | null;
    };
    CompanyLeadView: {
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      ownerId: string;
      /** @enum {string|null} */
      park: 'yangqu' | 'tanghuai' | 'xiaohe' | null;
      /**
       * @description 计划投资额
       * @example 500000.0000
       */
      plannedInvestmentWan: string;
      projectName: string;
      /** @enum {string} */
      projectType: 'new' | 'expansion' | 'upgrade';
      /**
       * @description 签约金额
       * @example 500000.0000
       */
      signedAmountWan: string | null;
      /** Format: date */
      signedAt: string | null;
      /** @enum {string} */
      stage: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | 'lost';
      /** @enum {string} */
      track: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
    };
    CompanyPageView: {
      items: components['schemas']['CompanyView'][];
      nextCursor: string | null;
    };
    CompanyQuarterResultView: {
      /** @description 就业: their headcounts that quarter, added up */
      employees: number;
      /**
       * @description 产值 in the quarter, summed
       * @example 500000.0000
       */
      outputWan: string;
      /** @description Its producing projects that reported the quarter */
      projects: number;
      /** @example 2025-Q1 */
      quarter: string;
      /**
       * @description 税收 in the quarter, summed
       * @example 500000.0000
       */
      taxWan: string;
    };
    CompanyTotalsView: {
      /** @description Leads of the company, lost ones included */
      leads: number;
      lostLeads: number;
      /** @description Before production and not lost */
      openLeads: number;
      /**
       * @description 计划投资额 of the leads not lost
       * @example 500000.0000
       */
      plannedInvestmentWan: string;
      /**
       * @description 签约金额 of the leads at signed or later
       * @example 500000.0000
       */
      signedAmountWan: string;
      /**
       * @description 亿元
       * @example 50.0000
       */
      signedAmountYi: string;
    };
    CompanyView: {
      /**
       * @example [
       *       "烁科晶体"
       *     ]
       */
      aliases: string[];
      /** Format: date-time */
      createdAt: string;
      /** @example 91140100MA0GRXJ64X */
      creditCode: string | null;
      hqRegion: string | null;
      /** Format: uuid */
      id: string;
      /** @example 山西烁科晶体有限公司 */
      name: string;
      notes: string | null;
      /** @enum {string} */
      ownership: 'central_soe' | 'local_soe' | 'private' | 'foreign' | 'hk_macao_taiwan' | 'other';
      tags: ('fortune_global_500' | 'china_500' | 'listed' | 'chain_leader' | 'specialized' | 'high_tech')[];
      /** Format: date-time */
      updatedAt: string;
      version: number;
      website: string | null;
    };
    ContactView: {
      /** Format: date-time */
      createdAt: string;
      email: string | null;
      /** Format: uuid */
      id: string;
      /** @example 王经理 */
      name: string;
      phone: string | null;
      title: string | null;
    };
    CreateBatchEntryDto: {
      /**
       * @description 预计年产值. 万元: a decimal string or JSON number, > 0, <= 100000000, at most 4 fraction digits; null clears it
       * @example 80000.0000
       */
      expectedOutputWan?: (string | null) | number;
      /** Format: uuid */
      leadId: string;
      /**
       * @description signing 签约一批, construction 开工一批, production 投产一批
       * @enum {string}
       */
      list: 'signing' | 'construction' | 'production';
    };
    CreateBatchEventDto: {
      /**
       * Format: date
       * @description The event’s date (Asia/Shanghai)
       * @example 2024-04-18
       */
      date: string;
      /** @example 全市第四期“三个一批”活动 */
      name: string;
      /**
       * @description 期数
       * @example 4
       */
      period?: number | null;
    };
    CreateChainDto: {
      /** @example 碳化硅 */
      name: string;
      /** @enum {string} */
      track: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
    };
    CreateChainLinkDto: {
      /** @example 衬底 */
      name: string;
      /** @enum {string} */
      position: 'upstream' | 'midstream' | 'downstream';
    };
    CreateCompanyDto: {
      /**
       * @description Other names and short names (简称), each 1..200 characters
       * @example [
       *       "烁科晶体",
       *       "烁科"
       *     ]
       */
      aliases?: string[];
      /**
       * @description 统一社会信用代码: 18 characters, check character per GB 32100-2015
       * @example 91140100MA0GRXJ64X
       */
      creditCode?: string | null;
      /** @example 山西省太原市 */
      hqRegion?: string | null;
      /** @example 山西烁科晶体有限公司 */
      name: string;
      notes?: string | null;
      /**
       * @description 企业性质; default other
       * @enum {string}
       */
      ownership?: 'central_soe' | 'local_soe' | 'private' | 'foreign' | 'hk_macao_taiwan' | 'other';
      /**
       * @example [
       *       "chain_leader",
       *       "listed"
       *     ]
       */
      tags?: ('fortune_global_500' | 'china_500' | 'listed' | 'chain_leader' | 'specialized' | 'high_tech')[];
      /** @example https://www.example.com */
      website?: string | null;
    };
    CreateContactDto: {
      /**
       * Format: email
       * @example wang@example.com
       */
      email?: string | null;
      /** @example 王经理 */
      name: string;
      /** @example 13800138000 */
      phone?: string | null;
      /** @example 总经理 */
      title?: string | null;
    };
    CreateDepartmentDto: {
      /** @example 区自然资源局 */
      name: string;
    };
    CreatedLeadView: {
      approvals: components['schemas']['ApprovalsView'];
      /** Format: uuid */
      chainLinkId: string | null;
      /**
       * @description 补链 / 强链 / 延链
       * @enum {string|null}
       */
      chainRole: 'fill' | 'strengthen' | 'extend' | null;
      /**
       * Format: uuid
       * @description 企业库: the lead’s company
       */
      companyId: string | null;
      /** @example 晶科能源股份有限公司 */
      companyName: string;
      /** Format: date */
      constructionStartedAt: string | null;
      contactName: string | null;
      contactPhone: string | null;
      /** Format: date-time */
      createdAt: string;
      /**
       * @description 统一社会信用代码
       * @example 91350100M000100Y43
       */
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
      /** @enum {string|null} */
      park: 'yangqu' | 'tanghuai' | 'xiaohe' | null;
      /**
       * @description 计划投资额
       * @example 500000.0000
       */
      plannedInvestmentWan: string;
      /**
       * @description 三库, derived from the stage
       * @enum {string}
       */
      pool: 'planning' | 'attraction' | 'landing' | 'construction';
      /** Format: date */
      productionStartedAt: string | null;
      /** @example 晶科光伏组件生产基地 */
      projectName: string;
      /**
       * @description 新引进 / 增资扩产 / 技改
       * @enum {string}
       */
      projectType: 'new' | 'expansion' | 'upgrade';
      /**
       * @description 签约金额
       * @example 500000.0000
       */
      signedAmountWan: string | null;
      /** Format: date */
      signedAt: string | null;
      /** @description 是否为同一企业？ Present when the create registered a new company and other companies look like it (a lead matched to a registered firm, or given `companyId`, gets none) */
      similarCompanies?: components['schemas']['SimilarCompanyView'][];
      /** @enum {string|null} */
      source: 'industry_chain' | 'business_referral' | 'exhibition' | 'agency' | 'online' | 'other' | null;
      /** @enum {string} */
      stage: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | 'lost';
      /** Format: date */
      stageDeadline: string | null;
      /** Format: date */
      stageEnteredAt: string;
      /** @enum {string} */
      track: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
      /** Format: date-time */
      updatedAt: string;
      /** @description Send it back with a change */
      version: number;
      /**
       * @description 三色预警; null when closed
       * @enum {string|null}
       */
      warning: 'red' | 'yellow' | 'green' | null;
      /** @description The rules that fired: stage_overdue, problem_overdue, supervision_overdue (red); deadline_soon, no_activity, problem_aging (yellow). Empty when green or closed */
      warningReasons: (
        | 'stage_overdue'
        | 'deadline_soon'
        | 'no_activity'
        | 'problem_overdue'
        | 'problem_aging'
        | 'supervision_overdue'
      )[];
    };
    CreateLeadDto: {
      /**
       * Format: uuid
       * @description The chain link (产业链环节)
       */
      chainLinkId?: string | null;
      /**
       * @description 补链 / 强链 / 延链
       * @enum {string|null}
       */
      chainRole?: 'fill' | 'strengthen' | 'extend' | null;
      /**
       * Format: uuid
       * @description The company (企业库). On POST, instead of or with `companyName`: the lead takes the company’s name and credit code. Without it the company is found by credit code, else by normalised name, or created.
       */
      companyId?: string;
      /**
       * @description Required unless `companyId` is given
       * @example 晶科能源股份有限公司
       */
      companyName?: string;
      /** @example 王经理 */
      contactName?: string | null;
      /**
       * @description Mainland mobile or landline (0351-1234567)
       * @example 13800138000
       */
      contactPhone?: string | null;
      /**
       * @description 统一社会信用代码: 18 characters, check character per GB 32100-2015 (lower case accepted)
       * @example 91350100M000100Y43
       */
      creditCode?: string | null;
      /** @default false */
      isProvincialKey: boolean;
      /**
       * Format: uuid
       * @description 包联领导, an active supervisor; supervisors only
       */
      leaderId?: string;
      notes?: string | null;
      /**
       * Format: uuid
       * @description Supervisors only; defaults to the caller
       */
      ownerId?: string;
      /** @enum {string|null} */
      park?: 'yangqu' | 'tanghuai' | 'xiaohe' | null;
      /**
       * @description 计划投资额. 万元: a decimal string or JSON number, > 0, <= 100000000, at most 4 fraction digits
       * @example 500000.0000
       */
      plannedInvestmentWan: string | number;
      /**
       * @description File the lead in 策划包装库
       * @enum {string}
       */
      pool?: 'planning';
      /** @example 晶科光伏组件生产基地 */
      projectName: string;
      /**
       * @description 新引进 / 增资扩产 / 技改; default new
       * @enum {string}
       */
      projectType?: 'new' | 'expansion' | 'upgrade';
      /** @enum {string|null} */
      source?: 'industry_chain' | 'business_referral' | 'exhibition' | 'agency' | 'online' | 'other' | null;
      /** @enum {string} */
      track: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
    };
    CreateProblemDto: {
      /**
       * Format: uuid
       * @description 承办人 (an active user)
       */
      assigneeId?: string | null;
      /**
       * @description land 用地, planning 规划, eia 环评, energy 能评, power 用电, water 用水, gas 用气, finance 融资, labour 用工, policy 政策兑现, permits 审批手续, other 其他
       * @enum {string}
       */
      category:
        | 'land'
        | 'planning'
        | 'eia'
        | 'energy'
        | 'power'
        | 'water'
        | 'gas'
        | 'finance'
        | 'labour'
        | 'policy'
        | 'permits'
        | 'other';
      /**
       * Format: uuid
       * @description 责任单位 (an active department)
       */
      departmentId: string;
      /** @example 项目用地指标尚未落实，影响开工 */
      description: string;
      /**
       * Format: date
       * @description 办结时限, not before today (Asia/Shanghai)
       * @example 2024-06-30
       */
      dueDate: string;
    };
    CreateSupervisionDto: {
      /** @description 承办人: active users, each once */
      assigneeIds: string[];
      /**
       * Format: date
       * @description 办理时限, not before today (Asia/Shanghai)
       * @example 2024-06-30
       */
      dueDate: string;
      /** @example 请于月底前协调解决项目用电增容问题 */
      instruction: string;
      /** Format: uuid */
      leadId: string;
      /**
       * Format: uuid
       * @description A problem of that lead
       */
      problemId?: string | null;
    };
    CreateUserDto: {
      /**
       * Format: email
       * @example li.na@luodi.local
       */
      email: string;
      /** @example 李娜 */
      name: string;
      /**
       * Format: password
       * @description At least 10 characters; not one of the commonest passwords, one character repeated, or the email or its name part
       * @example Jinhe-2024-spring
       */
      password: string;
      /** @enum {string} */
      role: 'staff' | 'supervisor' | 'admin';
    };
    DepartmentView: {
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** @example 区自然资源局 */
      name: string;
      /** Format: date-time */
      updatedAt: string;
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
    FieldErrorView: {
      /** @description The field (a JSON path such as `approvals.eia` or `byTrack.equipment`) */
      field: string;
      /** @description What is wrong, in the request language */
      message: string;
    };
    FunnelLostView: {
      /** @description counts keyed by stage: lead, signed, landed, construction, production */
      byStage?: {
        construction: number;
        landed: number;
        lead: number;
        production: number;
        signed: number;
      };
      count: number;
      /** @description the ten most frequent lost reasons, most first */
      reasons: components['schemas']['LostReasonView'][];
    };
    FunnelReportView: {
      /** Format: date */
      from: string | null;
      lost: components['schemas']['FunnelLostView'];
      /**
       * @description the stage where most leads were lost
       * @enum {string|null}
       */
      mostLostStage: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | null;
      /**
       * @description the stage where most leads are still open (stall); null when none
       * @enum {string|null}
       */
      mostStalledStage: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | null;
      stages: components['schemas']['FunnelStageView'][];
      /** Format: date */
      to: string | null;
      /** @description leads created in the period */
      total: number;
    };
    FunnelStageView: {
      /**
       * @description planned investment for `lead`, signed amount from `signed` on
       * @example 500000.0000
       */
      amountWan: string;
      /**
       * @description amountWan ÷ the previous stage’s amountWan; null for the first
       * @example 0.2500
       */
      conversionByAmount: string | null;
      /**
       * @description reached ÷ reached at the previous stage; null for the first
       * @example 0.2500
       */
      conversionFromPrevious: string | null;
      /** @description of reached: went on to the next stage (null for the last stage) */
      converted: number | null;
      /** @description of reached: lost with this as the furthest stage reached */
      lost: number;
      /** @description median whole days spent in the stage */
      medianDaysInStage: number | null;
      /** @description of reached: still here (furthest stage, not lost); reached = converted + lost + open */
      open: number;
      /** @description 75th percentile of the days spent in the stage (interpolated like percentile_cont) */
      p75DaysInStage: number | null;
      /** @description leads that ever reached this stage or a later one */
      reached: number;
      /** @enum {string} */
      stage: 'lead' | 'signed' | 'landed' | 'construction' | 'production';
    };
    HealthChecksView: {
      /** @enum {string} */
      database: 'up' | 'down';
      /** @enum {string} */
      redis: 'up' | 'down';
    };
    HealthView: {
      checks: components['schemas']['HealthChecksView'];
      /** @enum {string} */
      status: 'ok' | 'unavailable';
    };
    ImportErrorView: {
      /** @example plannedInvestmentWan */
      field: string;
      /**
       * @description In the request language
       * @example 金额须大于0，最多4位小数
       */
      message: string;
      /**
       * @description Row number in the sheet (the header is row 1)
       * @example 3
       */
      row: number;
    };
    ImportFileView: {
      /**
       * Format: binary
       * @description .xlsx or .csv (UTF-8, BOM allowed), at most 20 MiB
       */
      file: string;
    };
    ImportReportView: {
      /** @description Rows created (with dryRun: rows that would be created) */
      created: number;
      dryRun: boolean;
      errors: components['schemas']['ImportErrorView'][];
      /** @description Rows not created (bad or duplicate) */
      skipped: number;
    };
    InvestmentDto: {
      /**
       * @description 投资完成额 that month. 万元: a decimal string or JSON number, >= 0, <= 100000000, at most 4 fraction digits
       * @example 800.0000
       */
      completedWan: string | number;
      /**
       * @description 到位资金 that month. 万元: a decimal string or JSON number, >= 0, <= 100000000, at most 4 fraction digits
       * @example 1200.0000
       */
      paidInWan: string | number;
    };
    InvestmentView: {
      /**
       * @description Running total of 投资完成额 up to this month
       * @example 800.0000
       */
      completedTotalWan: string;
      /**
       * @description 投资完成额 that month
       * @example 800.0000
       */
      completedWan: string;
      /** @example 2024-05 */
      month: string;
      /**
       * @description Running total of 到位资金 up to this month
       * @example 1200.0000
       */
      paidInTotalWan: string;
      /**
       * @description 到位资金 that month
       * @example 1200.0000
       */
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
      /** @description 投产率: of the leads that started construction in the year (now at construction or production), those now in production */
      productionRate: components['schemas']['KpiValueView'];
    };
    KpisReportView: {
      byPark: components['schemas']['ParkKpiView'][];
      byTrack: components['schemas']['TrackKpiView'][];
      year: number;
      zone: components['schemas']['KpiSetView'];
    };
    KpiValueView: {
      /** @example 20 */
      denominator: string;
      /**
       * @description decimal string (a count, or 万元 with 4 fraction digits)
       * @example 12
       */
      numerator: string;
      /**
       * @description numerator ÷ denominator; null when the denominator is 0
       * @example 0.2500
       */
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
      /** Format: uuid */
      chainLinkId: string | null;
      /**
       * @description 补链 / 强链 / 延链
       * @enum {string|null}
       */
      chainRole: 'fill' | 'strengthen' | 'extend' | null;
      /**
       * Format: uuid
       * @description 企业库: the lead’s company
       */
      companyId: string | null;
      /** @example 晶科能源股份有限公司 */
      companyName: string;
      /** Format: date */
      constructionStartedAt: string | null;
      contactName: string | null;
      contactPhone: string | null;
      /** Format: date-time */
      createdAt: string;
      /**
       * @description 统一社会信用代码
       * @example 91350100M000100Y43
       */
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
      /** @enum {string|null} */
      park: 'yangqu' | 'tanghuai' | 'xiaohe' | null;
      /**
       * @description 计划投资额
       * @example 500000.0000
       */
      plannedInvestmentWan: string;
      /**
       * @description 三库, derived from the stage
       * @enum {string}
       */
      pool: 'planning' | 'attraction' | 'landing' | 'construction';
      /** Format: date */
      productionStartedAt: string | null;
      /** @example 晶科光伏组件生产基地 */
      projectName: string;
      /**
       * @description 新引进 / 增资扩产 / 技改
       * @enum {string}
       */
      projectType: 'new' | 'expansion' | 'upgrade';
      /**
       * @description 签约金额
       * @example 500000.0000
       */
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
      /** @enum {string} */
      track: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
      /** Format: date-time */
      updatedAt: string;
      /** @description Send it back with a change */
      version: number;
      /**
       * @description 三色预警; null when closed
       * @enum {string|null}
       */
      warning: 'red' | 'yellow' | 'green' | null;
      /** @description The rules that fired: stage_overdue, problem_overdue, supervision_overdue (red); deadline_soon, no_activity, problem_aging (yellow). Empty when green or closed */
      warningReasons: (
        | 'stage_overdue'
        | 'deadline_soon'
        | 'no_activity'
        | 'problem_overdue'
        | 'problem_aging'
        | 'supervision_overdue'
      )[];
    };
    LinkLeadView: {
      /** @enum {string|null} */
      chainRole: 'fill' | 'strengthen' | 'extend' | null;
      /** Format: uuid */
      companyId: string | null;
      companyName: string;
      /** Format: uuid */
      id: string;
      /**
       * @description 计划投资额
       * @example 500000.0000
       */
      plannedInvestmentWan: string;
      projectName: string;
      /**
       * @description 签约金额
       * @example 500000.0000
       */
      signedAmountWan: string | null;
      /** @enum {string} */
      stage: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | 'lost';
    };
    LinkTargetView: {
      /** @description The company has a lead (any stage) */
      approached: boolean;
      /** Format: uuid */
      companyId: string;
      companyName: string;
      /** Format: date-time */
      createdAt: string;
      note: string | null;
    };
    LoginDto: {
      /**
       * Format: email
       * @example li.na@luodi.local
       */
      email: string;
      /**
       * Format: password
       * @example your-password
       */
      password: string;
    };
    LoginResultView: {
      /** @description HS256 JWT; send it as `Authorization: Bearer <token>` */
      accessToken: string;
      /** @description Lifetime in seconds */
      expiresIn: number;
      /** @enum {string} */
      tokenType: 'Bearer';
      user: components['schemas']['UserView'];
    };
    LostReasonView: {
      count: number;
      /** @description the reason as written; null when none */
      reason: string | null;
    };
    NotificationDto: {
      /** @description Send attempts so far */
      attempts: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'due_soon'
        | 'overdue'
        | 'escalation'
        | 'digest'
        | 'daily_duban'
        | 'batch_event_due'
        | 'supervision_issued'
        | 'supervision_due_soon'
        | 'supervision_overdue'
        | 'problem_overdue';
      /** Format: uuid */
      leadId: string | null;
      /** @description Days relative to the stage deadline (-7, -1, 1, 7) */
      offsetDays: number | null;
      /**
       * Format: email
       * @description Email address the notification goes to
       */
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
    OverdueLeaderView: {
      count: number;
      /**
       * Format: uuid
       * @description null: leads without a 包联领导
       */
      leaderId: string | null;
      leaderName: string | null;
      maxDaysOverdue: number;
    };
    OverdueLeadView: {
      companyName: string;
      daysOverdue: number;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      leaderId: string | null;
      /** @description the 包联领导’s name */
      leaderName: string | null;
      /** Format: uuid */
      ownerId: string;
      /** @description the owner’s name */
      ownerName: string | null;
      /** @enum {string|null} */
      park: 'yangqu' | 'tanghuai' | 'xiaohe' | null;
      /** @example 500000.0000 */
      plannedInvestmentWan: string;
      projectName: string;
      /** @enum {string} */
      stage: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | 'lost';
      /** Format: date */
      stageDeadline: string;
      /** @enum {string} */
      track: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
      /** @enum {string} */
      warning: 'red';
    };
    OverdueOwnerView: {
      count: number;
      maxDaysOverdue: number;
      /** Format: uuid */
      ownerId: string;
      ownerName: string | null;
    };
    OverdueReportView: {
      count: number;
      /** @description one page of the overdue leads, the most overdue first; an owner’s own with `ownerId` */
      items: components['schemas']['OverdueLeadView'][];
      /** @description by 包联领导, the longest overdue first */
      leaders: components['schemas']['OverdueLeaderView'][];
      /** @description the next page’s `cursor`; null on the last */
      nextCursor: string | null;
      /** @description every owner with overdue leads in scope, the most overdue leads first */
      owners: components['schemas']['OverdueOwnerView'][];
      /**
       * Format: date
       * @description today in Asia/Shanghai
       */
      today: string;
    };
    OwnerPerformanceView: {
      active: boolean | null;
      activitiesCount: number;
      leadCount: number;
      /** @description counts keyed by stage: lead, signed, landed, construction, production, lost */
      leadsByStage?: {
        construction: number;
        landed: number;
        lead: number;
        lost: number;
        production: number;
        signed: number;
      };
      overdueCount: number;
      /** Format: uuid */
      ownerId: string;
      ownerName: string | null;
      /**
       * @description signed ÷ target
       * @example 0.2500
       */
      ratio: string | null;
      /** @enum {string|null} */
      role: 'staff' | 'supervisor' | 'admin' | null;
      signedCount: number;
      /** @example 500000.0000 */
      signedWan: string;
      /** @example 500000.0000 */
      targetWan: string | null;
    };
    OwnerProgressView: {
      /** @description signed leads counted */
      count: number;
      /** Format: uuid */
      ownerId: string;
      ownerName: string | null;
      /**
       * @description signed ÷ target
       * @example 0.2500
       */
      ratio: string | null;
      /** @example 500000.0000 */
      signedWan: string;
      /**
       * @description null when no target is set for it
       * @example 500000.0000
       */
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
      /** @enum {string} */
      park: 'yangqu' | 'tanghuai' | 'xiaohe';
      /** @description 投产率: of the leads that started construction in the year (now at construction or production), those now in production */
      productionRate: components['schemas']['KpiValueView'];
    };
    ParkProgressView: {
      /** @description signed leads counted */
      count: number;
      /**
       * @description null: leads without a park (未落园区)
       * @enum {string|null}
       */
      park: 'yangqu' | 'tanghuai' | 'xiaohe' | null;
      /**
       * @description signed ÷ target
       * @example 0.2500
       */
      ratio: string | null;
      /** @example 500000.0000 */
      signedWan: string;
      /**
       * @description null when no target is set for it
       * @example 500000.0000
       */
      targetWan: string | null;
    };
    ParkTotalsView: {
      /** @description 就业: each lead’s latest headcount in the period, added up */
      employees: number;
      /**
       * @description 产值
       * @example 500000.0000
       */
      outputWan: string;
      /**
       * @description 产值 in 亿元
       * @example 50.0000
       */
      outputYi: string;
      /**
       * @description null: no park
       * @enum {string|null}
       */
      park: 'yangqu' | 'tanghuai' | 'xiaohe' | null;
      /** @description producing leads with results */
      projects: number;
      /**
       * @description 税收
       * @example 500000.0000
       */
      taxWan: string;
      /**
       * @description 税收 in 亿元
       * @example 2.0000
       */
      taxYi: string;
    };
    ParkView: {
      /** @enum {string} */
      code: 'yangqu' | 'tanghuai' | 'xiaohe';
      /** @example Yangqu Park */
      nameEn: string;
      /** @example 阳曲园区 */
      nameZh: string;
    };
    PlanBuildTypeView: {
      /** @enum {string} */
      buildType: 'new' | 'continued';
      /**
       * @description 投资完成额 in the year
       * @example 500000.0000
       */
      completedWan: string;
      /**
       * @description 投资完成额 in 亿元
       * @example 77.0900
       */
      completedYi: string;
      /** @description 投资完成率: 投资完成额 in the year ÷ the year’s planned investment */
      investmentCompletionRate: components['schemas']['RateView'];
      /**
       * @description of which 新建
       * @example 952020.0000
       */
      newBuildInvestmentWan: string;
      /**
       * @description 新建 ÷ all planned investment
       * @example 0.2500
       */
      newBuildShare: string | null;
      /**
       * @description 年度计划投资
       * @example 2322000.0000
       */
      plannedInvestmentWan: string;
      /**
       * @description 年度计划投资 in 亿元
       * @example 232.2000
       */
      plannedInvestmentYi: string;
      projects: number;
      /** @description 开工率: started construction in the year ÷ planned to start in the year */
      startRate: components['schemas']['RateView'];
    };
    PlanCategoryView: {
      /** @enum {string} */
      category: 'industrial' | 'infrastructure';
      /**
       * @description 投资完成额 in the year
       * @example 500000.0000
       */
      completedWan: string;
      /**
       * @description 投资完成额 in 亿元
       * @example 77.0900
       */
      completedYi: string;
      /** @description 投资完成率: 投资完成额 in the year ÷ the year’s planned investment */
      investmentCompletionRate: components['schemas']['RateView'];
      /**
       * @description of which 新建
       * @example 952020.0000
       */
      newBuildInvestmentWan: string;
      /**
       * @description 新建 ÷ all planned investment
       * @example 0.2500
       */
      newBuildShare: string | null;
      /**
       * @description 年度计划投资
       * @example 2322000.0000
       */
      plannedInvestmentWan: string;
      /**
       * @description 年度计划投资 in 亿元
       * @example 232.2000
       */
      plannedInvestmentYi: string;
      projects: number;
      /** @description 开工率: started construction in the year ÷ planned to start in the year */
      startRate: components['schemas']['RateView'];
    };
    PlanImportReportView: {
      errors: components['schemas']['ImportErrorView'][];
      /** @description plans created or replaced */
      updated: number;
    };
    PlanListItemView: {
      /**
       * @description 新建 / 续建
       * @enum {string}
       */
      buildType: 'new' | 'continued';
      /**
       * @description 产业类 / 基础设施类
       * @enum {string}
       */
      category: 'industrial' | 'infrastructure';
      /** @example 晶科能源（太原）有限公司 */
      companyName: string;
      /**
       * @description 投资完成额 recorded for months of the year
       * @example 12000.0000
       */
      completedWan: string;
      /**
       * Format: date
       * @description 开工日期
       */
      constructionStartedAt: string | null;
      /** Format: uuid */
      leadId: string;
      /** Format: uuid */
      ownerId: string;
      /** @enum {string|null} */
      park: 'yangqu' | 'tanghuai' | 'xiaohe' | null;
      /**
       * @description 年度计划投资
       * @example 52000.0000
       */
      plannedInvestmentWan: string;
      /**
       * @description 计划投产月份
       * @example 2025-06
       */
      plannedProductionMonth: string | null;
      /**
       * @description 计划开工月份
       * @example 2024-05
       */
      plannedStartMonth: string | null;
      /**
       * Format: date
       * @description 投产日期
       */
      productionStartedAt: string | null;
      /** @example 晶科光伏组件项目 */
      projectName: string;
      /** @description 省级重点工程 */
      provincialKey: boolean;
      /** @enum {string} */
      stage: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | 'lost';
      /** @enum {string} */
      track: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
      /** Format: date-time */
      updatedAt: string;
      /** Format: uuid */
      updatedBy: string | null;
      /** @example 2024 */
      year: number;
    };
    PlanListSumsView: {
      /**
       * @description 投资完成额 in the year
       * @example 500000.0000
       */
      completedWan: string;
      /**
       * @description of which 新建
       * @example 500000.0000
       */
      newBuildInvestmentWan: string;
      /**
       * @description 年度计划投资 of every plan the filters select
       * @example 500000.0000
       */
      plannedInvestmentWan: string;
      /**
       * @description the same in 亿元
       * @example 50.0000
       */
      plannedInvestmentYi: string;
      projects: number;
    };
    PlanMonthView: {
      /**
       * @description 投资完成额 from January to the end of the month
       * @example 500000.0000
       */
      completedWan: string;
      /**
       * @description completed so far ÷ the year’s planned investment
       * @example 0.2500
       */
      completionRatio: string | null;
      /** @example 2024-03 */
      month: string;
      /** @description planned to start by the end of the month */
      plannedToStart: number;
      /** @description started by the end of the month */
      started: number;
      /**
       * @description started so far ÷ the year’s planned to start
       * @example 0.2500
       */
      startRatio: string | null;
    };
    PlanPageView: {
      items: components['schemas']['PlanListItemView'][];
      nextCursor: string | null;
      /** @description sums over all pages */
      sums: components['schemas']['PlanListSumsView'];
    };
    PlanReportView: {
      byBuildType: components['schemas']['PlanBuildTypeView'][];
      byCategory: components['schemas']['PlanCategoryView'][];
      /** @description January to December, running totals */
      byMonth: components['schemas']['PlanMonthView'][];
      /**
       * @description 投资完成额 in the year
       * @example 500000.0000
       */
      completedWan: string;
      /**
       * @description 投资完成额 in 亿元
       * @example 77.0900
       */
      completedYi: string;
      /** @description 投资完成率: 投资完成额 in the year ÷ the year’s planned investment */
      investmentCompletionRate: components['schemas']['RateView'];
      /** @description the year before (同比) */
      lastYear: components['schemas']['PlanYearView'];
      /**
       * @description of which 新建
       * @example 952020.0000
       */
      newBuildInvestmentWan: string;
      /**
       * @description 新建 ÷ all planned investment
       * @example 0.2500
       */
      newBuildShare: string | null;
      /**
       * @description 年度计划投资
       * @example 2322000.0000
       */
      plannedInvestmentWan: string;
      /**
       * @description 年度计划投资 in 亿元
       * @example 232.2000
       */
      plannedInvestmentYi: string;
      projects: number;
      /** @description the 省级重点工程 filter; null: all projects */
      provincialKey: boolean | null;
      /** @description 开工率: started construction in the year ÷ planned to start in the year */
      startRate: components['schemas']['RateView'];
      /**
       * @description the figures as the zone writes them
       * @example 50个省级重点工程项目，开工率89.9%，投资完成率33.2%，年度计划投资232.2亿元，其中新建占41%
       */
      statement: string;
      /** @example 2023 */
      year: number;
    };
    PlanView: {
      /**
       * @description 新建 / 续建
       * @enum {string}
       */
      buildType: 'new' | 'continued';
      /**
       * @description 产业类 / 基础设施类
       * @enum {string}
       */
      category: 'industrial' | 'infrastructure';
      /** Format: uuid */
      leadId: string;
      /**
       * @description 年度计划投资
       * @example 52000.0000
       */
      plannedInvestmentWan: string;
      /**
       * @description 计划投产月份
       * @example 2025-06
       */
      plannedProductionMonth: string | null;
      /**
       * @description 计划开工月份
       * @example 2024-05
       */
      plannedStartMonth: string | null;
      /** @description 省级重点工程 */
      provincialKey: boolean;
      /** Format: date-time */
      updatedAt: string;
      /** Format: uuid */
      updatedBy: string | null;
      /** @example 2024 */
      year: number;
    };
    PlanYearView: {
      /** @description January to December, running totals */
      byMonth: components['schemas']['PlanMonthView'][];
      /**
       * @description 投资完成额 in the year
       * @example 500000.0000
       */
      completedWan: string;
      /**
       * @description 投资完成额 in 亿元
       * @example 77.0900
       */
      completedYi: string;
      /** @description 投资完成率: 投资完成额 in the year ÷ the year’s planned investment */
      investmentCompletionRate: components['schemas']['RateView'];
      /**
       * @description of which 新建
       * @example 952020.0000
       */
      newBuildInvestmentWan: string;
      /**
       * @description 新建 ÷ all planned investment
       * @example 0.2500
       */
      newBuildShare: string | null;
      /**
       * @description 年度计划投资
       * @example 2322000.0000
       */
      plannedInvestmentWan: string;
      /**
       * @description 年度计划投资 in 亿元
       * @example 232.2000
       */
      plannedInvestmentYi: string;
      projects: number;
      /** @description 开工率: started construction in the year ÷ planned to start in the year */
      startRate: components['schemas']['RateView'];
      /** @example 2023 */
      year: number;
    };
    ProblemAuditEntryView: {
      /** @example transition */
      action: string;
      /** Format: date-time */
      at: string;
      /** @description `{field: [old, new]}` */
      changes: {
        [key: string]: unknown[];
      };
      /** Format: uuid */
      userId: string | null;
    };
    ProblemCategoryFiguresView: {
      /** @enum {string} */
      category:
        | 'land'
        | 'planning'
        | 'eia'
        | 'energy'
        | 'power'
        | 'water'
        | 'gas'
        | 'finance'
        | 'labour'
        | 'policy'
        | 'permits'
        | 'other';
      /**
       * @description Median days from raised to resolved of those resolved in the period (percentile_cont)
       * @example 6.5
       */
      medianDaysToResolve: number | null;
      /** @example 用地 */
      nameZh: string;
      /** @description Not resolved on `asOf` */
      open: number;
      /** @description Raised in the period */
      opened: number;
      /** @description Of the open ones, past due on `asOf` */
      overdue: number;
      /** @description Resolved in the period */
      resolved: number;
    };
    ProblemDepartmentFiguresView: {
      /** Format: uuid */
      departmentId: string;
      /**
       * @description Median days from raised to resolved of those resolved in the period (percentile_cont)
       * @example 6.5
       */
      medianDaysToResolve: number | null;
      /** @example 区自然资源局 */
      name: string;
      /** @description Not resolved on `asOf` */
      open: number;
      /** @description Raised in the period */
      opened: number;
      /** @description Of the open ones, past due on `asOf` */
      overdue: number;
      /** @description Resolved in the period */
      resolved: number;
    };
    ProblemFiguresView: {
      /**
       * @description Median days from raised to resolved of those resolved in the period (percentile_cont)
       * @example 6.5
       */
      medianDaysToResolve: number | null;
      /** @description Not resolved on `asOf` */
      open: number;
      /** @description Raised in the period */
      opened: number;
      /** @description Of the open ones, past due on `asOf` */
      overdue: number;
      /** @description Resolved in the period */
      resolved: number;
    };
    ProblemHistoryView: {
      /** @description Every change, oldest first */
      audit: components['schemas']['ProblemAuditEntryView'][];
      /** @description Status moves, oldest first */
      history: components['schemas']['StatusHistoryEntryView'][];
    };
    ProblemRecordPageView: {
      items: components['schemas']['ProblemRecordView'][];
      nextCursor: string | null;
    };
    ProblemRecordView: {
      /**
       * Format: uuid
       * @description 承办人
       */
      assigneeId: string | null;
      /** @enum {string} */
      category:
        | 'land'
        | 'planning'
        | 'eia'
        | 'energy'
        | 'power'
        | 'water'
        | 'gas'
        | 'finance'
        | 'labour'
        | 'policy'
        | 'permits'
        | 'other';
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      createdBy: string;
      /**
       * Format: uuid
       * @description 责任单位
       */
      departmentId: string;
      /** @example 项目用地指标尚未落实，影响开工 */
      description: string;
      /**
       * Format: date
       * @description 办结时限
       */
      dueDate: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      leadId: string;
      /** @description Not resolved and today (Asia/Shanghai) is after dueDate */
      overdue: boolean;
      /** @description 办结情况 */
      resolution: string | null;
      /** Format: date-time */
      resolvedAt: string | null;
      /**
       * @description open 待办, in_progress 办理中, resolved 已办结
       * @enum {string}
       */
      status: 'open' | 'in_progress' | 'resolved';
      /** Format: date-time */
      updatedAt: string;
      /** @description Send it back with a change */
      version: number;
    };
    ProblemsReportView: {
      /**
       * Format: date
       * @description The date open and overdue are judged on: `to`, or today if earlier
       */
      asOf: string;
      /** @description Every category, in the list’s order */
      byCategory: components['schemas']['ProblemCategoryFiguresView'][];
      /** @description Every department, by name */
      byDepartment: components['schemas']['ProblemDepartmentFiguresView'][];
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
      total: components['schemas']['ProblemFiguresView'];
    };
    ProblemUpdateDto: {
      /** @example 已与自然资源局对接，拟下周上会 */
      text: string;
    };
    ProblemUpdateView: {
      /** Format: date-time */
      at: string;
      /** Format: uuid */
      byUserId: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      problemId: string;
      /** @example 已与自然资源局对接，拟下周上会 */
      text: string;
    };
    ProblemView: {
      /**
       * @description Stable and machine-readable; never changes with the language
       * @enum {string}
       */
      code:
        | 'VALIDATION_FAILED'
        | 'UNAUTHENTICATED'
        | 'FORBIDDEN'
        | 'NOT_FOUND'
        | 'DUPLICATE_LEAD'
        | 'DUPLICATE_COMPANY'
        | 'VERSION_CONFLICT'
        | 'DUPLICATE_EMAIL'
        | 'LAST_ADMIN'
        | 'PAYLOAD_TOO_LARGE'
        | 'STAGE_SKIP'
        | 'STAGE_GATE_UNMET'
        | 'INVALID_TRANSITION'
        | 'RATE_LIMITED'
        | 'UNAVAILABLE';
      /** @description VERSION_CONFLICT: the version the resource is at now */
      currentVersion?: number;
      /** @description What happened, in the request language (Chinese unless `Accept-Language: en`) */
      detail: string;
      /** @description Every bad field (400) or missing item (422) */
      errors?: components['schemas']['FieldErrorView'][];
      /**
       * Format: uuid
       * @description DUPLICATE_COMPANY: the company this one duplicates
       */
      existingCompanyId?: string;
      /**
       * Format: uuid
       * @description DUPLICATE_LEAD: the open lead this one duplicates
       */
      existingLeadId?: string;
      /** @description RATE_LIMITED: seconds until the next try (also `Retry-After`) */
      retryAfterSeconds?: number;
      /** @example 400 */
      status: number;
      /**
       * @description The status in words, in the request language
       * @example 请求无效
       */
      title: string;
      /**
       * @description Always `about:blank`: `code` tells problems apart
       * @example about:blank
       */
      type: string;
    };
    PutPlanDto: {
      /**
       * @description 新建 new, 续建 continued
       * @enum {string}
       */
      buildType: 'new' | 'continued';
      /**
       * @description 产业类 industrial, 基础设施类 infrastructure
       * @enum {string}
       */
      category: 'industrial' | 'infrastructure';
      /**
       * @description 年度计划投资: the year’s planned investment. 万元: a decimal string or JSON number, > 0, <= 100000000, at most 4 fraction digits
       * @example 52000.0000
       */
      plannedInvestmentWan: string | number;
      /**
       * @description 计划投产月份 (YYYY-MM), not before the start month
       * @example 2025-06
       */
      plannedProductionMonth?: string | null;
      /**
       * @description 计划开工月份 (YYYY-MM); null or absent: none
       * @example 2024-05
       */
      plannedStartMonth?: string | null;
      /** @description 省级重点工程 that year */
      provincialKey: boolean;
    };
    PutResultDto: {
      /**
       * @description 就业: people employed
       * @example 320
       */
      employees: number;
      /**
       * @description 产值 in the quarter. 万元: a decimal string or JSON number, >= 0, <= 100000000, at most 4 fraction digits
       * @example 12000.0000
       */
      outputWan: string | number;
      /**
       * @description 税收 in the quarter. 万元: a decimal string or JSON number, >= 0, <= 100000000, at most 4 fraction digits
       * @example 800.0000
       */
      taxWan: string | number;
    };
    PutTargetDto: {
      /** @description Targets per owner (user id), 万元: decimal strings or JSON numbers, > 0, <= 100000000, at most 4 fraction digits */
      byOwner?: {
        [key: string]: string;
      };
      /**
       * @description Targets per park code, 万元: decimal strings or JSON numbers, > 0, <= 100000000, at most 4 fraction digits
       * @example {
       *       "yangqu": "1500000.0000"
       *     }
       */
      byPark?: {
        [key: string]: string;
      };
      /**
       * @description Targets per track code, 万元: decimal strings or JSON numbers, > 0, <= 100000000, at most 4 fraction digits
       * @example {
       *       "new_energy": "2000000.0000"
       *     }
       */
      byTrack?: {
        [key: string]: string;
      };
      /**
       * @description 年度投资目标 (投资强度); absent or null: none. 万元: a decimal string or JSON number, > 0, <= 100000000, at most 4 fraction digits; null clears it
       * @example 3000000.0000
       */
      investmentWan?: (string | null) | number;
      /**
       * @description 新增产值目标; absent or null: none. 万元: a decimal string or JSON number, > 0, <= 100000000, at most 4 fraction digits; null clears it
       * @example 5000000.0000
       */
      newOutputWan?: (string | null) | number;
      /**
       * @description The zone’s signed-amount target for the year. 万元: a decimal string or JSON number, > 0, <= 100000000, at most 4 fraction digits
       * @example 6000000.0000
       */
      signedAmountWan: string | number;
    };
    QuarterTotalsView: {
      /**
       * @description 产值 from Q1 to this quarter
       * @example 500000.0000
       */
      cumulativeOutputWan: string;
      /** @description 就业: each lead’s latest headcount in the period, added up */
      employees: number;
      /**
       * @description 产值
       * @example 500000.0000
       */
      outputWan: string;
      /**
       * @description 产值 in 亿元
       * @example 50.0000
       */
      outputYi: string;
      /** @description producing leads with results */
      projects: number;
      /** @example 2025-Q1 */
      quarter: string;
      /**
       * @description 税收
       * @example 500000.0000
       */
      taxWan: string;
      /**
       * @description 税收 in 亿元
       * @example 2.0000
       */
      taxYi: string;
    };
    RateView: {
      /** @example 50 */
      denominator: string;
      /**
       * @description a count, or 万元 with 4 fraction digits
       * @example 45
       */
      numerator: string;
      /**
       * @description numerator ÷ denominator; null when the denominator is 0
       * @example 0.2500
       */
      ratio: string | null;
    };
    ResetPasswordDto: {
      /**
       * Format: password
       * @description At least 10 characters; not one of the commonest passwords, one character repeated, or the email or its name part
       * @example Fenhe-2025-autumn
       */
      newPassword: string;
    };
    ResultsReportView: {
      byPark: components['schemas']['ParkTotalsView'][];
      byQuarter: components['schemas']['QuarterTotalsView'][];
      byTrack: components['schemas']['TrackTotalsView'][];
      /** @description 就业: each lead’s latest headcount in the period, added up */
      employees: number;
      /** @description 新增产值 against the year’s target with the even pace; null when no target or a track/park filter */
      newOutput: components['schemas']['YardstickView'] | null;
      /**
       * @description 产值
       * @example 500000.0000
       */
      outputWan: string;
      /**
       * @description 产值 in 亿元
       * @example 50.0000
       */
      outputYi: string;
      /** @description producing leads with results */
      projects: number;
      /**
       * @description 税收
       * @example 500000.0000
       */
      taxWan: string;
      /**
       * @description 税收 in 亿元
       * @example 2.0000
       */
      taxYi: string;
      /** @example 2025 */
      year: number;
    };
    ResultView: {
      /**
       * @description 就业
       * @example 320
       */
      employees: number;
      /** Format: uuid */
      leadId: string;
      /**
       * @description 产值
       * @example 12000.0000
       */
      outputWan: string;
      /** @example 2025-Q1 */
      quarter: string;
      /**
       * @description 税收
       * @example 800.0000
       */
      taxWan: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: uuid */
      updatedBy: string | null;
    };
    RunDigestAcceptedDto: {
      /**
       * @description The week queued
       * @example 2024-W14
       */
      week: string;
    };
    RunDigestDto: {
      /**
       * @description ISO week (Asia/Shanghai); default: the current week
       * @example 2024-W14
       */
      week?: string;
    };
    SigningMonthView: {
      count: number;
      /**
       * @description signed from January to the end of the month
       * @example 500000.0000
       */
      cumulativeWan: string;
      /** @example 2024-03 */
      month: string;
      /**
       * @description signed in the month
       * @example 500000.0000
       */
      signedWan: string;
    };
    SigningsReportView: {
      count: number;
      /** @description all twelve months, January first */
      months: components['schemas']['SigningMonthView'][];
      /**
       * @description 已签约 in the year (the targets’ counting rule)
       * @example 500000.0000
       */
      signedWan: string;
      year: number;
    };
    SimilarCompanyView: {
      /** Format: uuid */
      id: string;
      /** @example 山西烁科晶体有限公司 */
      name: string;
      /**
       * @description pg_trgm similarity
       * @example 0.667
       */
      similarity: number;
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
      /**
       * @description 签约金额; required to sign unless already set. 万元: a decimal string or JSON number, > 0, <= 100000000, at most 4 fraction digits
       * @example 500000.0000
       */
      signedAmountWan?: string | number;
      /** @enum {string} */
      to: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | 'lost';
      /** @description The lead’s current version */
      version: number;
    };
    StageView: {
      /** @enum {string} */
      code: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | 'lost';
      /**
       * @description Default days a lead may stay in the stage; null for production and lost
       * @example 90
       */
      deadlineDays: number | null;
      /** @example 洽谈 */
      nameZh: string;
      /** @description Position in the pipeline */
      order: number;
    };
    StatusHistoryEntryView: {
      /** Format: date-time */
      at: string;
      /** Format: uuid */
      byUserId: string | null;
      /** @description null when created */
      from: string | null;
      note: string | null;
      to: string;
    };
    SupervisionAssigneeFiguresView: {
      /** @description Acknowledged on or before the due date */
      acknowledgedOnTime: number;
      /** @description Reported done (latest done report) on or before the due date */
      doneOnTime: number;
      /** @description Orders issued in the period */
      issued: number;
      /** @example 李强 */
      name: string;
      /** @description Past due today and not reported done nor closed */
      overdue: number;
      /** Format: uuid */
      userId: string;
    };
    SupervisionAssigneeView: {
      /**
       * Format: date-time
       * @description 签收
       */
      acknowledgedAt: string | null;
      /** Format: uuid */
      userId: string;
    };
    SupervisionFiguresView: {
      /** @description Acknowledged on or before the due date */
      acknowledgedOnTime: number;
      /** @description Reported done (latest done report) on or before the due date */
      doneOnTime: number;
      /** @description Orders issued in the period */
      issued: number;
      /** @description Past due today and not reported done nor closed */
      overdue: number;
    };
    SupervisionPageView: {
      items: components['schemas']['SupervisionView'][];
      nextCursor: string | null;
    };
    SupervisionReportDto: {
      /**
       * @description true: reports the order done (已反馈完成)
       * @default false
       */
      done: boolean;
      /** @example 已完成供电方案审批，正在施工 */
      text: string;
      /** @description When given, a stale version is a 409 */
      version?: number;
    };
    SupervisionReportView: {
      /** Format: date-time */
      at: string;
      /** Format: uuid */
      byUserId: string;
      /** @description true: reported done */
      done: boolean;
      /** @example 已完成供电方案审批，正在施工 */
      text: string;
    };
    SupervisionReturnDto: {
      /** @example 用电增容尚未接入，请继续跟进 */
      reason: string;
      /** @description When given, a stale version is a 409 */
      version?: number;
    };
    SupervisionsReportView: {
      byAssignee: components['schemas']['SupervisionAssigneeFiguresView'][];
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
      /** @description Per order and assignee, summed */
      total: components['schemas']['SupervisionFiguresView'];
    };
    SupervisionVersionDto: {
      /** @description When given, a stale version is a 409 */
      version?: number;
    };
    SupervisionView: {
      assignees: components['schemas']['SupervisionAssigneeView'][];
      /** Format: date-time */
      closedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date
       * @description 办理时限
       */
      dueDate: string;
      /** Format: uuid */
      id: string;
      /**
       * @description 批示
       * @example 请于月底前协调解决项目用电增容问题
       */
      instruction: string;
      /** Format: uuid */
      issuedBy: string;
      /** Format: uuid */
      leadId: string;
      /** @description Not reported done or closed and today is after dueDate */
      overdue: boolean;
      /** Format: uuid */
      problemId: string | null;
      /** @description 反馈, oldest first */
      reports: components['schemas']['SupervisionReportView'][];
      /** @description The last 退回 reason */
      returnReason: string | null;
      /**
       * @description issued 已交办, acknowledged 已签收, reported 已反馈完成, closed 已办结, returned 已退回
       * @enum {string}
       */
      status: 'issued' | 'acknowledged' | 'reported' | 'closed' | 'returned';
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    TargetProgressView: {
      /**
       * Format: date-time
       * @description when the totals were computed
       */
      asOf: string;
      byOwner: components['schemas']['OwnerProgressView'][];
      /** @description each park, then `park: null` (未落园区), so the parts add up to the whole */
      byPark: components['schemas']['ParkProgressView'][];
      byTrack: components['schemas']['TrackProgressView'][];
      count: number;
      /**
       * @description 序时进度: target × elapsed days (today included) ÷ days in the year, Asia/Shanghai
       * @example 1500000.0000
       */
      expectedByTodayWan: string;
      /** @description 投资强度: 投资完成额 in the year against the investment target; null when none is set */
      investment: components['schemas']['YardstickView'] | null;
      /** @description 新增产值: 产值 reported for the year’s quarters (投产达效) against the target; null when none */
      newOutput: components['schemas']['YardstickView'] | null;
      /**
       * @description signed ÷ target
       * @example 0.2500
       */
      ratio: string | null;
      /**
       * @description 差额: what is left to sign, never below 0
       * @example 500000.0000
       */
      remainingWan: string;
      /**
       * @description 已签约
       * @example 500000.0000
       */
      signedWan: string;
      /**
       * @description 已签约 in 亿元
       * @example 50.0000
       */
      signedYi: string;
      /**
       * @description 全年目标
       * @example 6000000.0000
       */
      targetWan: string;
      /**
       * @description 全年目标 in 亿元
       * @example 600.0000
       */
      targetYi: string;
      /** @example 2024 */
      year: number;
    };
    TargetView: {
      /**
       * @description Targets per owner (user id), 万元
       * @example {}
       */
      byOwner: {
        [key: string]: string;
      };
      /**
       * @description Targets per park code, 万元
       * @example {
       *       "yangqu": "1500000.0000"
       *     }
       */
      byPark: {
        [key: string]: string;
      };
      /**
       * @description Targets per track code, 万元
       * @example {
       *       "new_energy": "2000000.0000"
       *     }
       */
      byTrack: {
        [key: string]: string;
      };
      /**
       * @description 年度投资目标 (投资强度)
       * @example 3000000.0000
       */
      investmentWan: string | null;
      /**
       * @description 新增产值目标
       * @example 5000000.0000
       */
      newOutputWan: string | null;
      /**
       * @description The zone’s target
       * @example 6000000.0000
       */
      signedAmountWan: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: uuid */
      updatedBy: string | null;
      /** @example 2024 */
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
      /** @description 投产率: of the leads that started construction in the year (now at construction or production), those now in production */
      productionRate: components['schemas']['KpiValueView'];
      /** @enum {string} */
      track: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
    };
    TrackProgressView: {
      /** @description signed leads counted */
      count: number;
      /**
       * @description signed ÷ target
       * @example 0.2500
       */
      ratio: string | null;
      /** @example 500000.0000 */
      signedWan: string;
      /**
       * @description null when no target is set for it
       * @example 500000.0000
       */
      targetWan: string | null;
      /** @enum {string} */
      track: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
    };
    TrackTotalsView: {
      /** @description 就业: each lead’s latest headcount in the period, added up */
      employees: number;
      /**
       * @description 产值
       * @example 500000.0000
       */
      outputWan: string;
      /**
       * @description 产值 in 亿元
       * @example 50.0000
       */
      outputYi: string;
      /** @description producing leads with results */
      projects: number;
      /**
       * @description 税收
       * @example 500000.0000
       */
      taxWan: string;
      /**
       * @description 税收 in 亿元
       * @example 2.0000
       */
      taxYi: string;
      /** @enum {string} */
      track: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
    };
    TrackView: {
      /** @enum {string} */
      code: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
      /** @example New energy */
      nameEn: string;
      /** @example 新能源 */
      nameZh: string;
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
    UpdateChainDto: {
      name?: string;
      /** @enum {string} */
      track?: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
      version: number;
    };
    UpdateCompanyDto: {
      /**
       * @description Other names and short names (简称), each 1..200 characters
       * @example [
       *       "烁科晶体",
       *       "烁科"
       *     ]
       */
      aliases?: string[];
      /**
       * @description 统一社会信用代码: 18 characters, check character per GB 32100-2015
       * @example 91140100MA0GRXJ64X
       */
      creditCode?: string | null;
      /** @example 山西省太原市 */
      hqRegion?: string | null;
      name?: string;
      notes?: string | null;
      /**
       * @description 企业性质; default other
       * @enum {string}
       */
      ownership?: 'central_soe' | 'local_soe' | 'private' | 'foreign' | 'hk_macao_taiwan' | 'other';
      /**
       * @example [
       *       "chain_leader",
       *       "listed"
       *     ]
       */
      tags?: ('fortune_global_500' | 'china_500' | 'listed' | 'chain_leader' | 'specialized' | 'high_tech')[];
      /** @description The version the change is based on */
      version: number;
      /** @example https://www.example.com */
      website?: string | null;
    };
    UpdateDepartmentDto: {
      /** @description false: no new problems go to it (existing ones keep it) */
      active?: boolean;
      /** @example 区自然资源和规划局 */
      name?: string;
    };
    UpdateLeadDto: {
      /**
       * Format: uuid
       * @description The chain link (产业链环节)
       */
      chainLinkId?: string | null;
      /**
       * @description 补链 / 强链 / 延链
       * @enum {string|null}
       */
      chainRole?: 'fill' | 'strengthen' | 'extend' | null;
      /**
       * Format: uuid
       * @description The company (企业库). On POST, instead of or with `companyName`: the lead takes the company’s name and credit code. Without it the company is found by credit code, else by normalised name, or created.
       */
      companyId?: string;
      /**
       * @description Required unless `companyId` is given
       * @example 晶科能源股份有限公司
       */
      companyName?: string;
      /** @example 王经理 */
      contactName?: string | null;
      /**
       * @description Mainland mobile or landline (0351-1234567)
       * @example 13800138000
       */
      contactPhone?: string | null;
      /**
       * @description 统一社会信用代码: 18 characters, check character per GB 32100-2015 (lower case accepted)
       * @example 91350100M000100Y43
       */
      creditCode?: string | null;
      isProvincialKey?: boolean;
      /**
       * Format: uuid
       * @description 包联领导; supervisors only
       */
      leaderId?: string | null;
      notes?: string | null;
      /**
       * Format: uuid
       * @description Supervisors only
       */
      ownerId?: string;
      /** @enum {string|null} */
      park?: 'yangqu' | 'tanghuai' | 'xiaohe' | null;
      /**
       * @description 计划投资额. 万元: a decimal string or JSON number, > 0, <= 100000000, at most 4 fraction digits
       * @example 500000.0000
       */
      plannedInvestmentWan?: string | number;
      /**
       * @description Only at stage lead: into or out of 策划包装库
       * @enum {string}
       */
      pool?: 'planning' | 'attraction';
      /** @example 晶科光伏组件生产基地 */
      projectName?: string;
      /**
       * @description 新引进 / 增资扩产 / 技改; default new
       * @enum {string}
       */
      projectType?: 'new' | 'expansion' | 'upgrade';
      /**
       * @description 签约金额; only before signing (then by transition). 万元: a decimal string or JSON number, > 0, <= 100000000, at most 4 fraction digits; null clears it
       * @example 500000.0000
       */
      signedAmountWan?: (string | null) | number;
      /** @enum {string|null} */
      source?: 'industry_chain' | 'business_referral' | 'exhibition' | 'agency' | 'online' | 'other' | null;
      /**
       * Format: date
       * @description Supervisors only; not for production or lost
       */
      stageDeadline?: string | null;
      /** @enum {string} */
      track?: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
      /** @description The version the change is based on (optimistic concurrency) */
      version: number;
    };
    UpdateProblemDto: {
      /**
       * Format: uuid
       * @description null: nobody yet
       */
      assigneeId?: string | null;
      /** @enum {string} */
      category?:
        | 'land'
        | 'planning'
        | 'eia'
        | 'energy'
        | 'power'
        | 'water'
        | 'gas'
        | 'finance'
        | 'labour'
        | 'policy'
        | 'permits'
        | 'other';
      /** Format: uuid */
      departmentId?: string;
      description?: string;
      /**
       * Format: date
       * @description Not before today when changed
       */
      dueDate?: string;
      /**
       * @description 办结情况, with status resolved
       * @example 已协调区自然资源局调整用地指标
       */
      resolution?: string | null;
      /**
       * @description open 待办 → in_progress 办理中 → resolved 已办结 (needs `resolution`); resolved → in_progress reopens
       * @enum {string}
       */
      status?: 'open' | 'in_progress' | 'resolved';
      /** @description The version the change is based on */
      version: number;
    };
    UpdateUserDto: {
      /** @description false: the user cannot sign in and their tokens stop working */
      active?: boolean;
      /** @example 李娜 */
      name?: string;
      /** @enum {string} */
      role?: 'staff' | 'supervisor' | 'admin';
    };
    UserPageView: {
      items: components['schemas']['UserView'][];
      /** @description Cursor of the next page; null on the last */
      nextCursor: string | null;
    };
    UserView: {
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: email
       * @example li.na@luodi.local
       */
      email: string;
      /** Format: uuid */
      id: string;
      /** @example 李娜 */
      name: string;
      /** @enum {string} */
      role: 'staff' | 'supervisor' | 'admin';
      /** Format: date-time */
      updatedAt: string;
    };
    WarningSettingsDto: {
      /**
       * @description Yellow when the stage deadline is this near
       * @example 7
       */
      deadlineSoonDays: number;
      /**
       * @description Yellow after this many days without activity
       * @example 30
       */
      noActivityDays: number;
      /**
       * @description Yellow when a problem is open longer
       * @example 14
       */
      problemAgingDays: number;
    };
    WarningSettingsView: {
      /** @example 7 */
      deadlineSoonDays: number;
      /** @example 30 */
      noActivityDays: number;
      /** @example 14 */
      problemAgingDays: number;
    };
    YardstickView: {
      /**
       * @description done so far in the year
       * @example 500000.0000
       */
      actualWan: string;
      /**
       * @description done so far in 亿元
       * @example 50.0000
       */
      actualYi: string;
      /**
       * @description 序时进度: target × elapsed days ÷ days in the year
       * @example 500000.0000
       */
      expectedByTodayWan: string;
      /**
       * @description actual ÷ expected by today; 1 or more is on pace
       * @example 0.2500
       */
      paceRatio: string | null;
      /**
       * @description actual ÷ target
       * @example 0.2500
       */
      ratio: string | null;
      /**
       * @description the year’s target
       * @example 3000000.0000
       */
      targetWan: string;
      /**
       * @description the target in 亿元
       * @example 300.0000
       */
      targetYi: string;
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
        /** @description The `nextCursor` of the previous page (opaque) */
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
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
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
        content: {
          'application/json': components['schemas']['LoginResultView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `RATE_LIMITED`: too many failed attempts; wait `retryAfterSeconds`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'RATE_LIMITED';
            /** @enum {integer} */
            status?: 429;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The token is revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  AuthController_refresh: {
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
        content: {
          'application/json': components['schemas']['LoginResultView'];
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  BatchEventsController_list: {
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
        content: {
          'application/json': components['schemas']['BatchEventSummaryView'][];
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  BatchEventsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateBatchEventDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BatchEventView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  BatchEventsController_detail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The event */
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
          'application/json': components['schemas']['BatchEventDetailView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  BatchEventsController_nominate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The event */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateBatchEntryDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BatchEventDetailView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  BatchEventsController_export: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The event */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An Excel workbook with Chinese headers */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ChainLinksController_link: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The chain link */
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
          'application/json': components['schemas']['ChainLinkDetailView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ChainsController_list: {
    parameters: {
      query?: {
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
          'application/json': components['schemas']['ChainView'][];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ChainsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateChainDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChainView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ChainsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The chain */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateChainDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChainView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `VERSION_CONFLICT`: the `version` sent is not the current one (someone else changed it). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VERSION_CONFLICT';
            /** @enum {integer} */
            status?: 409;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ChainsController_addLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The chain */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateChainLinkDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChainView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ChainsController_addTarget: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The chain link */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddTargetDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChainLinkDetailView'];
        };
      };
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChainLinkDetailView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  CompaniesController_list: {
    parameters: {
      query?: {
        /** @description The `nextCursor` of the previous page (opaque) */
        cursor?: string;
        limit?: number;
        ownership?: 'central_soe' | 'local_soe' | 'private' | 'foreign' | 'hk_macao_taiwan' | 'other';
        /** @description Part of the name or an alias, or the credit code */
        q?: string;
        tag?: 'fortune_global_500' | 'china_500' | 'listed' | 'chain_leader' | 'specialized' | 'high_tech';
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
          'application/json': components['schemas']['CompanyPageView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  CompaniesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCompanyDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description The new company */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompanyView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `DUPLICATE_COMPANY`: a company with the same credit code (or, without one, the same normalised name) exists (`existingCompanyId`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'DUPLICATE_COMPANY';
            /** @enum {integer} */
            status?: 409;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  CompaniesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The company */
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
          'application/json': components['schemas']['CompanyDetailView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  CompaniesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The company */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCompanyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompanyView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `DUPLICATE_COMPANY`: a company with the same credit code (or, without one, the same normalised name) exists (`existingCompanyId`). `VERSION_CONFLICT`: the `version` sent is not the current one (someone else changed it). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'DUPLICATE_COMPANY' | 'VERSION_CONFLICT';
            /** @enum {integer} */
            status?: 409;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  CompaniesController_addContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The company */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateContactDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContactView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  CompaniesController_export: {
    parameters: {
      query?: {
        /** @description The `nextCursor` of the previous page (opaque) */
        cursor?: string;
        limit?: number;
        ownership?: 'central_soe' | 'local_soe' | 'private' | 'foreign' | 'hk_macao_taiwan' | 'other';
        /** @description Part of the name or an alias, or the credit code */
        q?: string;
        tag?: 'fortune_global_500' | 'china_500' | 'listed' | 'chain_leader' | 'specialized' | 'high_tech';
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
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  CompaniesController_import: {
    parameters: {
      query?: {
        /** @description true: check and report without creating anything */
        dryRun?: boolean;
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
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  CompaniesController_similar: {
    parameters: {
      query: {
        name: string;
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
          'application/json': components['schemas']['SimilarCompanyView'][];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  DepartmentsController_list: {
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
        content: {
          'application/json': components['schemas']['DepartmentView'][];
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  DepartmentsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDepartmentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  DepartmentsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The department */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDepartmentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  DigestsController_preview: {
    parameters: {
      query?: {
        /** @description Whose digest (default: the caller's) */
        userId?: string;
        /** @description ISO week (Asia/Shanghai) from 2000-W01 to next week; default: the current week */
        week?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The email body as HTML */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
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
      /** @description Queued */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunDigestAcceptedDto'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
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
        content: {
          'text/event-stream': string;
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
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
      /** @description Everything is up */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthView'];
        };
      };
      /** @description Something is down; `checks` names it */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "unavailable",
           *       "checks": {
           *         "database": "up",
           *         "redis": "down"
           *       }
           *     }
           */
          'application/json': components['schemas']['HealthView'];
        };
      };
    };
  };
  LeadsController_list: {
    parameters: {
      query?: {
        /** @description 三个一批 (with batchFrom/batchTo): leads whose current signing / construction start / production start date is in the period and that are still at or after that stage */
        batch?: 'signed' | 'constructionStarted' | 'productionStarted';
        /** @description The 三个一批 period’s first zone date (needs `batch`) */
        batchFrom?: string;
        /** @description The 三个一批 period’s last zone date (needs `batch`) */
        batchTo?: string;
        /** @description Leads created from this zone date (Asia/Shanghai), inclusive (the funnel’s period) */
        createdFrom?: string;
        /** @description Leads created up to this zone date, inclusive */
        createdTo?: string;
        /** @description The `nextCursor` of the previous page (opaque) */
        cursor?: string;
        /** @description Open leads whose stage deadline falls between today and today + N days (Asia/Shanghai) */
        deadlineWithinDays?: number;
        /** @description Open leads whose next follow-up (nextFollowUpAt) is due by the end of today */
        followUpDue?: 'true';
        /** @description 省级重点工程 */
        isProvincialKey?: boolean;
        /** @description The 包联领导: a user id, or `me` */
        leaderId?: string;
        limit?: number;
        /** @description Lost leads whose reason, trimmed, is exactly this text (the funnel’s lost reasons) */
        lostReason?: string;
        /** @description Lost leads without a reason (未填写原因) */
        lostReasonMissing?: 'true';
        /** @description true: only leads past their stage deadline */
        overdue?: boolean;
        /** @description The owner: a user id, or `me` (我的) */
        ownerId?: string;
        /** @description A park code, or `none` for leads without a park (未落园区) */
        park?: 'yangqu' | 'tanghuai' | 'xiaohe' | 'none';
        /** @description 三库 */
        pool?: 'planning' | 'attraction' | 'landing' | 'construction';
        /** @description Substring of the company or project name (Chinese included) */
        q?: string;
        /** @description Leads that ever reached this stage or a later one (the funnel’s `reached`, however often they moved back) */
        reached?: 'lead' | 'signed' | 'landed' | 'construction' | 'production';
        /** @description Signed leads counting from this date by the targets’ rule: first signing on or after it, now at 签约 or later */
        signedFrom?: string;
        /** @description Signed leads (same rule) whose first signing is on or before this date */
        signedTo?: string;
        sort?: 'createdAt' | '-createdAt' | 'stageDeadline' | '-plannedInvestmentWan';
        stage?: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | 'lost';
        track?: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
        /** @description 三色预警 */
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
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
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
          /** @description The new lead */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedLeadView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `DUPLICATE_LEAD`: an open lead for the same company and project exists (`existingLeadId`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'DUPLICATE_LEAD';
            /** @enum {integer} */
            status?: 409;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  LeadsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The lead */
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
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  LeadsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The lead */
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
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `DUPLICATE_LEAD`: an open lead for the same company and project exists (`existingLeadId`). `VERSION_CONFLICT`: the `version` sent is not the current one (someone else changed it). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'DUPLICATE_LEAD' | 'VERSION_CONFLICT';
            /** @enum {integer} */
            status?: 409;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  LeadRecordsController_activities: {
    parameters: {
      query?: {
        /** @description The `nextCursor` of the previous page (opaque) */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        /** @description The lead */
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
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  LeadRecordsController_addActivity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The lead */
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
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  LeadRecordsController_setApproval: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The lead */
        id: string;
        /** @description project_approval 立项, eia 环评, land 土地 */
        kind: 'project_approval' | 'eia' | 'land';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApprovalDto'];
      };
    };
    responses: {
      /** @description The lead with the approval set */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `VERSION_CONFLICT`: the `version` sent is not the current one (someone else changed it). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VERSION_CONFLICT';
            /** @enum {integer} */
            status?: 409;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  LeadRecordsController_audit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The lead */
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
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  LeadRecordsController_investments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The lead */
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
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  LeadRecordsController_setInvestment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The lead */
        id: string;
        /** @description The month, 2000 or later */
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
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  PlansController_forLead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The lead */
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
          'application/json': components['schemas']['PlanView'][];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  PlansController_put: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The lead */
        id: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PutPlanDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ProblemsController_ofLead: {
    parameters: {
      query?: {
        /** @description The `nextCursor` of the previous page (opaque) */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        /** @description The lead */
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
          'application/json': components['schemas']['ProblemRecordPageView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ProblemsController_raise: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The lead */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProblemDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemRecordView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ResultsController_forLead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The lead */
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
          'application/json': components['schemas']['ResultView'][];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ResultsController_put: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The lead */
        id: string;
        quarter: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PutResultDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResultView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  LeadRecordsController_transitions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The lead */
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
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  LeadRecordsController_transition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The lead */
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
      /** @description The lead after the move */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LeadView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `VERSION_CONFLICT`: the `version` sent is not the current one (someone else changed it). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VERSION_CONFLICT';
            /** @enum {integer} */
            status?: 409;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `STAGE_SKIP`: a forward move that skips a stage. `STAGE_GATE_UNMET`: the next stage needs something the lead lacks; `errors[]` lists each missing item. `INVALID_TRANSITION`: a move the pipeline does not allow (already there, a date before the current stage). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'STAGE_SKIP' | 'STAGE_GATE_UNMET' | 'INVALID_TRANSITION';
            /** @enum {integer} */
            status?: 422;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  LeadLookupsController_counts: {
    parameters: {
      query?: {
        /** @description 三个一批 (with batchFrom/batchTo): leads whose current signing / construction start / production start date is in the period and that are still at or after that stage */
        batch?: 'signed' | 'constructionStarted' | 'productionStarted';
        /** @description The 三个一批 period’s first zone date (needs `batch`) */
        batchFrom?: string;
        /** @description The 三个一批 period’s last zone date (needs `batch`) */
        batchTo?: string;
        /** @description Leads created from this zone date (Asia/Shanghai), inclusive (the funnel’s period) */
        createdFrom?: string;
        /** @description Leads created up to this zone date, inclusive */
        createdTo?: string;
        /** @description Open leads whose stage deadline falls between today and today + N days (Asia/Shanghai) */
        deadlineWithinDays?: number;
        /** @description Open leads whose next follow-up (nextFollowUpAt) is due by the end of today */
        followUpDue?: 'true';
        /** @description 省级重点工程 */
        isProvincialKey?: boolean;
        /** @description The 包联领导: a user id, or `me` */
        leaderId?: string;
        /** @description Lost leads whose reason, trimmed, is exactly this text (the funnel’s lost reasons) */
        lostReason?: string;
        /** @description Lost leads without a reason (未填写原因) */
        lostReasonMissing?: 'true';
        /** @description true: only leads past their stage deadline */
        overdue?: boolean;
        /** @description The owner: a user id, or `me` (我的) */
        ownerId?: string;
        /** @description A park code, or `none` for leads without a park (未落园区) */
        park?: 'yangqu' | 'tanghuai' | 'xiaohe' | 'none';
        /** @description 三库 */
        pool?: 'planning' | 'attraction' | 'landing' | 'construction';
        /** @description Substring of the company or project name (Chinese included) */
        q?: string;
        /** @description Leads that ever reached this stage or a later one (the funnel’s `reached`, however often they moved back) */
        reached?: 'lead' | 'signed' | 'landed' | 'construction' | 'production';
        /** @description Signed leads counting from this date by the targets’ rule: first signing on or after it, now at 签约 or later */
        signedFrom?: string;
        /** @description Signed leads (same rule) whose first signing is on or before this date */
        signedTo?: string;
        sort?: 'createdAt' | '-createdAt' | 'stageDeadline' | '-plannedInvestmentWan';
        stage?: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | 'lost';
        track?: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
        /** @description 三色预警 */
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
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  LeadsController_export: {
    parameters: {
      query?: {
        /** @description 三个一批 (with batchFrom/batchTo): leads whose current signing / construction start / production start date is in the period and that are still at or after that stage */
        batch?: 'signed' | 'constructionStarted' | 'productionStarted';
        /** @description The 三个一批 period’s first zone date (needs `batch`) */
        batchFrom?: string;
        /** @description The 三个一批 period’s last zone date (needs `batch`) */
        batchTo?: string;
        /** @description Leads created from this zone date (Asia/Shanghai), inclusive (the funnel’s period) */
        createdFrom?: string;
        /** @description Leads created up to this zone date, inclusive */
        createdTo?: string;
        /** @description Open leads whose stage deadline falls between today and today + N days (Asia/Shanghai) */
        deadlineWithinDays?: number;
        /** @description Open leads whose next follow-up (nextFollowUpAt) is due by the end of today */
        followUpDue?: 'true';
        /** @description 省级重点工程 */
        isProvincialKey?: boolean;
        /** @description The 包联领导: a user id, or `me` */
        leaderId?: string;
        /** @description Lost leads whose reason, trimmed, is exactly this text (the funnel’s lost reasons) */
        lostReason?: string;
        /** @description Lost leads without a reason (未填写原因) */
        lostReasonMissing?: 'true';
        /** @description true: only leads past their stage deadline */
        overdue?: boolean;
        /** @description The owner: a user id, or `me` (我的) */
        ownerId?: string;
        /** @description A park code, or `none` for leads without a park (未落园区) */
        park?: 'yangqu' | 'tanghuai' | 'xiaohe' | 'none';
        /** @description 三库 */
        pool?: 'planning' | 'attraction' | 'landing' | 'construction';
        /** @description Substring of the company or project name (Chinese included) */
        q?: string;
        /** @description Leads that ever reached this stage or a later one (the funnel’s `reached`, however often they moved back) */
        reached?: 'lead' | 'signed' | 'landed' | 'construction' | 'production';
        /** @description Signed leads counting from this date by the targets’ rule: first signing on or after it, now at 签约 or later */
        signedFrom?: string;
        /** @description Signed leads (same rule) whose first signing is on or before this date */
        signedTo?: string;
        sort?: 'createdAt' | '-createdAt' | 'stageDeadline' | '-plannedInvestmentWan';
        stage?: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | 'lost';
        track?: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
        /** @description 三色预警 */
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
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `RATE_LIMITED`: too many failed attempts; wait `retryAfterSeconds`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'RATE_LIMITED';
            /** @enum {integer} */
            status?: 429;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  LeadsController_import: {
    parameters: {
      query?: {
        /** @description true: check and report without creating anything */
        dryRun?: boolean;
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
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  LeadLookupsController_names: {
    parameters: {
      query: {
        /** @description Lead ids, comma-separated (1 to 200) */
        ids: string;
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
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  NotificationsController_list: {
    parameters: {
      query?: {
        /** @description The `nextCursor` of the previous page (opaque) */
        cursor?: string;
        kind?:
          | 'due_soon'
          | 'overdue'
          | 'escalation'
          | 'digest'
          | 'daily_duban'
          | 'batch_event_due'
          | 'supervision_issued'
          | 'supervision_due_soon'
          | 'supervision_overdue'
          | 'problem_overdue';
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
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
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
        content: {
          'application/json': components['schemas']['ParkView'][];
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  PlansController_list: {
    parameters: {
      query?: {
        buildType?: 'new' | 'continued';
        category?: 'industrial' | 'infrastructure';
        /** @description The `nextCursor` of the previous page (opaque) */
        cursor?: string;
        limit?: number;
        /** @description One owner: a user id, or `me` */
        ownerId?: string;
        park?: 'yangqu' | 'tanghuai' | 'xiaohe';
        /** @description true: only 省级重点工程; false: only the others */
        provincialKey?: boolean;
        track?: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
      };
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
          'application/json': components['schemas']['PlanPageView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  PlanSheetController_export: {
    parameters: {
      query?: {
        buildType?: 'new' | 'continued';
        category?: 'industrial' | 'infrastructure';
        /** @description The `nextCursor` of the previous page (opaque) */
        cursor?: string;
        limit?: number;
        /** @description One owner: a user id, or `me` */
        ownerId?: string;
        park?: 'yangqu' | 'tanghuai' | 'xiaohe';
        /** @description true: only 省级重点工程; false: only the others */
        provincialKey?: boolean;
        track?: 'equipment' | 'new_energy' | 'new_materials' | 'semiconductors';
      };
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An Excel workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  PlanSheetController_import: {
    parameters: {
      query?: {
        /** @description true: check and report without creating anything */
        dryRun?: boolean;
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
          'application/json': components['schemas']['PlanImportReportView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ProblemsController_list: {
    parameters: {
      query?: {
        /** @description The assignee: a user id, or `me` */
        assigneeId?: string;
        category?:
          | 'land'
          | 'planning'
          | 'eia'
          | 'energy'
          | 'power'
          | 'water'
          | 'gas'
          | 'finance'
          | 'labour'
          | 'policy'
          | 'permits'
          | 'other';
        /** @description The `nextCursor` of the previous page (opaque) */
        cursor?: string;
        departmentId?: string;
        leadId?: string;
        limit?: number;
        /** @description true: only past due and not resolved */
        overdue?: boolean;
        status?: 'open' | 'in_progress' | 'resolved';
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
          'application/json': components['schemas']['ProblemRecordPageView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ProblemsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The problem */
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
          'application/json': components['schemas']['ProblemRecordView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ProblemsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The problem */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateProblemDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemRecordView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `VERSION_CONFLICT`: the `version` sent is not the current one (someone else changed it). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VERSION_CONFLICT';
            /** @enum {integer} */
            status?: 409;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `INVALID_TRANSITION`: a move the pipeline does not allow (already there, a date before the current stage). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'INVALID_TRANSITION';
            /** @enum {integer} */
            status?: 422;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ProblemsController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The problem */
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
          'application/json': components['schemas']['ProblemHistoryView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ProblemsController_updates: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The problem */
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
          'application/json': components['schemas']['ProblemUpdateView'][];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ProblemsController_addUpdate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The problem */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProblemUpdateDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemUpdateView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ReportsController_batches: {
    parameters: {
      query: {
        /** @description From this zone date, inclusive */
        from: string;
        /** @description One owner: a user id, or `me`. Staff must pass `me` (or their own id) */
        ownerId?: string;
        park?: 'yangqu' | 'tanghuai' | 'xiaohe';
        /** @description true: only each list’s `count` and `amountWan`, without `items` (a dashboard’s figures, computed in SQL) */
        summary?: boolean;
        /** @description Up to this zone date, inclusive */
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
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ChainReportController_report: {
    parameters: {
      query?: {
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
          'application/json': components['schemas']['ChainReportView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ReportsController_funnel: {
    parameters: {
      query?: {
        /** @description Leads created from this zone date (Asia/Shanghai), inclusive */
        from?: string;
        /** @description One owner: a user id, or `me`. Staff must pass `me` (or their own id) */
        ownerId?: string;
        park?: 'yangqu' | 'tanghuai' | 'xiaohe';
        /** @description Up to this zone date, inclusive */
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
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ReportsController_kpis: {
    parameters: {
      query: {
        /** @description One owner: a user id, or `me`. Staff must pass `me` (or their own id) */
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
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ReportsController_overdue: {
    parameters: {
      query?: {
        /** @description The `nextCursor` of the previous page (opaque) */
        cursor?: string;
        /** @description Only the leads of this 包联领导: a user id, or `me` */
        leaderId?: string;
        /** @description Overdue leads per page (the summaries by owner and 包联领导 always cover all) */
        limit?: number;
        /** @description One owner: a user id, or `me`. Staff must pass `me` (or their own id) */
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
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ReportsController_owners: {
    parameters: {
      query: {
        /** @description One owner: a user id, or `me`. Staff must pass `me` (or their own id) */
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
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  PlansController_report: {
    parameters: {
      query: {
        /** @description One owner: a user id, or `me` */
        ownerId?: string;
        park?: 'yangqu' | 'tanghuai' | 'xiaohe';
        /** @description true: only 省级重点工程; false: only the others */
        provincialKey?: boolean;
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
          'application/json': components['schemas']['PlanReportView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ProblemReportsController_problems: {
    parameters: {
      query: {
        /** @description From this zone date, inclusive */
        from: string;
        /** @description Problems of leads in this park */
        park?: 'yangqu' | 'tanghuai' | 'xiaohe';
        /** @description Up to this zone date, inclusive */
        to: string;
        /** @description Problems of leads on this track */
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
          'application/json': components['schemas']['ProblemsReportView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ResultsController_report: {
    parameters: {
      query: {
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
          'application/json': components['schemas']['ResultsReportView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ReportsController_signings: {
    parameters: {
      query: {
        /** @description One owner: a user id, or `me`. Staff must pass `me` (or their own id) */
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
          'application/json': components['schemas']['SigningsReportView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  ProblemReportsController_supervisions: {
    parameters: {
      query: {
        /** @description Orders issued from this zone date, inclusive */
        from: string;
        /** @description Up to this zone date, inclusive */
        to: string;
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
          'application/json': components['schemas']['SupervisionsReportView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  DepartmentsController_getWarning: {
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
        content: {
          'application/json': components['schemas']['WarningSettingsView'];
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  DepartmentsController_putWarning: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WarningSettingsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WarningSettingsView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
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
        content: {
          'application/json': components['schemas']['StageView'][];
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  CatalogController_setDeadline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The stage */
        code: 'lead' | 'signed' | 'landed' | 'construction' | 'production' | 'lost';
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
        content: {
          'application/json': components['schemas']['StageView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  SupervisionsController_list: {
    parameters: {
      query?: {
        /** @description Orders with this assignee: a user id, or `me` */
        assigneeId?: string;
        /** @description The `nextCursor` of the previous page (opaque) */
        cursor?: string;
        /** @description Orders issued by: a user id, or `me` */
        issuedBy?: string;
        leadId?: string;
        limit?: number;
        /** @description true: past due and not reported done or closed */
        overdue?: boolean;
        problemId?: string;
        status?: 'issued' | 'acknowledged' | 'reported' | 'closed' | 'returned';
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
          'application/json': components['schemas']['SupervisionPageView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  SupervisionsController_issue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSupervisionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupervisionView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  SupervisionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The order */
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
          'application/json': components['schemas']['SupervisionView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  SupervisionsController_acknowledge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The order */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SupervisionVersionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupervisionView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `VERSION_CONFLICT`: the `version` sent is not the current one (someone else changed it). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VERSION_CONFLICT';
            /** @enum {integer} */
            status?: 409;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `INVALID_TRANSITION`: a move the pipeline does not allow (already there, a date before the current stage). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'INVALID_TRANSITION';
            /** @enum {integer} */
            status?: 422;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  SupervisionsController_close: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The order */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SupervisionVersionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupervisionView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `VERSION_CONFLICT`: the `version` sent is not the current one (someone else changed it). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VERSION_CONFLICT';
            /** @enum {integer} */
            status?: 409;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `INVALID_TRANSITION`: a move the pipeline does not allow (already there, a date before the current stage). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'INVALID_TRANSITION';
            /** @enum {integer} */
            status?: 422;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  SupervisionsController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The order */
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
          'application/json': components['schemas']['StatusHistoryEntryView'][];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  SupervisionsController_report: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The order */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SupervisionReportDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupervisionView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `VERSION_CONFLICT`: the `version` sent is not the current one (someone else changed it). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VERSION_CONFLICT';
            /** @enum {integer} */
            status?: 409;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `INVALID_TRANSITION`: a move the pipeline does not allow (already there, a date before the current stage). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'INVALID_TRANSITION';
            /** @enum {integer} */
            status?: 422;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  SupervisionsController_returnOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The order */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SupervisionReturnDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupervisionView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `VERSION_CONFLICT`: the `version` sent is not the current one (someone else changed it). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VERSION_CONFLICT';
            /** @enum {integer} */
            status?: 409;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `INVALID_TRANSITION`: a move the pipeline does not allow (already there, a date before the current stage). */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'INVALID_TRANSITION';
            /** @enum {integer} */
            status?: 422;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
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
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
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
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
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
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
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
        content: {
          'application/json': components['schemas']['TrackView'][];
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: {
        /** @description The `nextCursor` of the previous page (opaque) */
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
        content: {
          'application/json': components['schemas']['UserPageView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
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
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `DUPLICATE_EMAIL`: a user with this email exists. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'DUPLICATE_EMAIL';
            /** @enum {integer} */
            status?: 409;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The user */
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
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `LAST_ADMIN`: the change would deactivate or demote the last active admin. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'LAST_ADMIN';
            /** @enum {integer} */
            status?: 409;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  UsersController_resetPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The user */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResetPasswordDto'];
      };
    };
    responses: {
      /** @description Set; the user’s earlier tokens are revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `FORBIDDEN`: the role or the ownership of the resource does not allow it. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
            /** @enum {integer} */
            status?: 403;
          };
        };
      };
      /** @description `NOT_FOUND`: no such resource. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
            /** @enum {integer} */
            status?: 404;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  UserDirectoryController_list: {
    parameters: {
      query?: {
        /** @description Only active users */
        active?: 'true' | 'false';
        /** @description The `nextCursor` of the previous page (opaque) */
        cursor?: string;
        /** @description Exactly these users (comma-separated ids, at most 200), inactive ones included */
        ids?: string;
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
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
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
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
  UsersController_changeOwnPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeOwnPasswordDto'];
      };
    };
    responses: {
      /** @description Changed; earlier tokens are revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `VALIDATION_FAILED`: a bad value, a missing or unknown field, a malformed id or unparsable JSON; `errors[]` names every bad field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 400;
          };
        };
      };
      /** @description `UNAUTHENTICATED`: no bearer token, or one that is invalid, expired or revoked (login: wrong email or password). */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
            /** @enum {integer} */
            status?: 401;
          };
        };
      };
      /** @description `PAYLOAD_TOO_LARGE`: the body is over 1 MiB (imports: the file over 20 MiB). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status?: 413;
          };
        };
      };
      /** @description `VALIDATION_FAILED`: the body is not in a content type this operation takes. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status?: 415;
          };
        };
      };
      /** @description `RATE_LIMITED`: too many failed attempts; wait `retryAfterSeconds`. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'RATE_LIMITED';
            /** @enum {integer} */
            status?: 429;
          };
        };
      };
      /** @description `UNAVAILABLE`: PostgreSQL, Redis or the job queue is unavailable; nothing was written, try again. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemView'] & {
            /** @enum {string} */
            code?: 'UNAVAILABLE';
            /** @enum {integer} */
            status?: 503;
          };
        };
      };
    };
  };
}
