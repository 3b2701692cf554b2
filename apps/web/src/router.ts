import { createRouter, createWebHistory, START_LOCATION, type RouteLocationNormalized } from 'vue-router';
import { onUnauthorized } from './api/client';
import { session, type Role } from './session/session';
import { prefetchLeadList } from './lead/lead-list-prefetch';
import { prefetchCockpit } from './cockpit/cockpit-requests';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable signed out (the login page). */
    public?: boolean;
    /** Who may open it; everyone signed in when absent. */
    roles?: Role[];
    title?: string;
  }
}

/** Every page is its own chunk, loaded when first opened. `/admin/*` belongs to the API, so admin pages live under /system. */
export const router = createRouter({
  history: createWebHistory(),
  routes: [
    {
      path: '/login',
      name: 'login',
      component: () => import('./pages/LoginPage.vue'),
      meta: { public: true, title: '登录' },
    },
    {
      path: '/cockpit/screen',
      name: 'cockpit-screen',
      component: () => import('./pages/CockpitScreenPage.vue'),
      meta: { title: '大屏' },
    },
    {
      path: '/cockpit/report',
      name: 'cockpit-report',
      component: () => import('./pages/CockpitReportPage.vue'),
      meta: { title: '招商通报' },
    },
    {
      path: '/',
      component: () => import('./components/AppLayout.vue'),
      children: [
        {
          path: '',
          name: 'home',
          component: () => import('./pages/HomePage.vue'),
          meta: { title: '工作台' },
        },
        {
          path: 'cockpit',
          name: 'cockpit',
          component: () => import('./pages/CockpitPage.vue'),
          meta: { title: '领导驾驶舱' },
        },
        {
          path: 'leads',
          name: 'leads',
          component: () => import('./pages/LeadListPage.vue'),
          meta: { title: '项目库' },
        },
        {
          path: 'leads/new',
          name: 'lead-new',
          component: () => import('./pages/LeadCreatePage.vue'),
          meta: { title: '新建项目' },
        },
        // 问题台账与督办 (issue 14)
        {
          path: 'problems',
          name: 'problems',
          component: () => import('./pages/ProblemsPage.vue'),
          meta: { title: '问题台账' },
        },
        {
          path: 'supervisions',
          name: 'supervisions',
          component: () => import('./pages/SupervisionsPage.vue'),
          meta: { title: '我的督办' },
        },
        {
          path: 'system/problem-settings',
          name: 'problem-settings',
          component: () => import('./pages/ProblemSettingsPage.vue'),
          meta: { title: '责任单位与预警', roles: ['admin'] },
        },
        {
          path: 'leads/:id',
          name: 'lead',
          component: () => import('./pages/LeadDetailPage.vue'),
          props: true,
          meta: { title: '项目详情' },
        },
        {
          path: 'leads/:id/edit',
          name: 'lead-edit',
          component: () => import('./pages/LeadEditPage.vue'),
          props: true,
          meta: { title: '编辑项目' },
        },
        // Issue 16: annual plans, 三个一批 events.
        {
          path: 'plans',
          name: 'plans',
          component: () => import('./plans/PlanReportPage.vue'),
          meta: { title: '年度计划' },
        },
        {
          path: 'batch-events',
          name: 'batch-events',
          component: () => import('./plans/BatchEventsPage.vue'),
          meta: { title: '三个一批' },
        },
        {
          path: 'batch-events/:id',
          name: 'batch-event',
          component: () => import('./plans/BatchEventPage.vue'),
          props: true,
          meta: { title: '三个一批活动' },
        },
        // 企业库与产业链 (issue 15)
        {
          path: 'companies',
          name: 'companies',
          component: () => import('./companies/CompanyListPage.vue'),
          meta: { title: '企业库' },
        },
        {
          path: 'companies/:id',
          name: 'company',
          component: () => import('./companies/CompanyPage.vue'),
          props: true,
          meta: { title: '企业详情' },
        },
        {
          path: 'chains',
          name: 'chains',
          component: () => import('./companies/ChainMapPage.vue'),
          meta: { title: '产业链图谱' },
        },
        {
          path: 'notifications',
          name: 'notifications',
          component: () => import('./pages/NotificationsPage.vue'),
          meta: { title: '通知' },
        },
        {
          path: 'system/users',
          name: 'users',
          component: () => import('./pages/UsersPage.vue'),
          meta: { title: '用户管理', roles: ['admin'] },
        },
        {
          path: 'system/targets',
          name: 'targets',
          component: () => import('./pages/TargetsPage.vue'),
          meta: { title: '年度目标', roles: ['supervisor', 'admin'] },
        },
        {
          path: ':rest(.*)*',
          name: 'not-found',
          component: () => import('./pages/NotFoundPage.vue'),
          meta: { title: '页面不存在' },
        },
      ],
    },
  ],
  // Back and forward restore the position; a new page starts at the top. Not on the first page of a visit (a
  // fresh load is at the top already): scrolling there forced the first layout synchronously, right after the
  // page mounted (~0.2 s of the cockpit's main thread under load, in the middle of its first render).
  scrollBehavior: (_to, from, saved) => saved ?? (from === START_LOCATION ? false : { top: 0 }),
});

/** Only same-site paths are followed after login (never an absolute URL). */
export function safeRedirect(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

router.beforeEach((to: RouteLocationNormalized) => {
  if (to.meta.public) return true;
  if (!session.signedIn.value || !session.token) {
    return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
  }
  const role = session.user.value?.role;
  if (to.meta.roles && (!role || !to.meta.roles.includes(role))) return { name: 'home' };
  if (to.name === 'leads') prefetchLeadList(to.query);
  if (to.name === 'cockpit') prefetchCockpit(to.query);
  return true;
});

router.afterEach((to) => {
  document.title = to.meta.title ? `${to.meta.title} · 落地` : '落地 · 招商项目管理';
});

onUnauthorized(() => {
  const current = router.currentRoute.value;
  if (current.meta.public) return;
  void router.replace({ name: 'login', query: { redirect: current.fullPath } });
});
