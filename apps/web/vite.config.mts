import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The Element Plus components of the shell (App, AppLayout), the login page and the 项目库, with what they use
 * (captured recursively): one chunk instead of ~25 small ones, which on HTTP/1.1 (six connections) took several
 * round trips before the list could render.
 */
const SHELL_COMPONENTS =
  /node_modules[\\/]element-plus[\\/]es[\\/](locale|components[\\/](config-provider|button|input|alert|card|form|container|menu|dropdown|drawer|message)[\\/])/;
/**
 * What App.vue needs of Element Plus: its global configuration (the zh-CN locale) and the hooks that reads it, with
 * what they use (captured recursively). Every page's components share them; a page without Element Plus needs only
 * these, not the `ui` chunk of components.
 */
const UI_BASE =
  /node_modules[\\/]element-plus[\\/]es[\\/](locale[\\/]lang[\\/]zh-cn|components[\\/]config-provider[\\/]src[\\/]hooks[\\/])/;
/**
 * What the entry runs before anything else (early-fetch.ts: the first page's requests, and the rules they are
 * built with), in a small chunk of its own without Vue: left to the shared chunk below, these modules pulled it and
 * Vue into the entry's static imports, and the requests waited for both. With them Vite's preload helper (the
 * entry's dynamic imports go through it): left to the default splitting it landed in `boot`, so the entry's static
 * imports were the whole app (Vue, the shell, the app's start and mount) and the early requests left only after
 * all of it had downloaded and run (~200 ms after the entry at 1M leads, load 4).
 */
const EARLY_CODE =
  /(apps[\\/]web[\\/]src[\\/](early-fetch|cockpit[\\/]cockpit-(urls|query)|domain[\\/](labels|calendar-date)|session[\\/]roles)\.ts|vite[\\/]preload-helper\.js)$/;
/**
 * The rest of Element Plus and its helpers (lodash-es, dayjs, popper …), used by the other pages (the cockpit's
 * date fields and selects, dialogs, tables): one chunk. Left to the default splitting they came as ~20 files of
 * 1–30 KB, and on HTTP/1.1 they queued behind the cockpit's eight early API requests for six connections.
 */
const MORE_COMPONENTS =
  /node_modules[\\/](element-plus[\\/]|@element-plus|lodash-es|lodash-unified|dayjs|@floating-ui|@popperjs|async-validator|@vueuse|@ctrl|memoize-one|normalize-wheel-es)/;
/**
 * Element Plus's style modules (each component's `style/css`, importing theme-chalk), every page's in one
 * stylesheet: split by page they came as many small chunks, and the login page's side-effect style imports would
 * otherwise pull `ui-more` in.
 */
const UI_STYLES =
  /node_modules[\\/]element-plus[\\/](theme-chalk|es[\\/]components[\\/][^\\/]+[\\/]style)[\\/]/;
/**
 * What every signed-in page runs first, in one chunk: the app's start (boot, App, the router with the two pages'
 * prefetches it starts) and the shell (AppLayout and its menus). Left to the default splitting they came as six
 * files (boot, router, rolldown-runtime, lead-list-prefetch, cockpit-requests, AppLayout) after the entry, each a
 * round trip on HTTP/1.1's few connections while the cockpit's figures were under way too. Below `app` in priority,
 * so the shared modules stay there.
 */
const BOOT_CODE =
  /apps[\\/]web[\\/]src[\\/](boot\.ts|App\.vue|router\.ts|session[\\/]refresh\.ts|lead[\\/]lead-list-prefetch\.ts|cockpit[\\/]cockpit-requests\.ts|components[\\/](AppLayout|NavMenu|UserMenu)\.vue|components[\\/]use-phone\.ts)/;
/**
 * The cockpit's page and its parts (figures, tables, charts' options; not the rules the entry's early requests use),
 * one chunk: the 大屏 and the 通报 share most of it, and split by use it came as three files after the shell.
 */
const COCKPIT_CODE =
  /apps[\\/]web[\\/]src[\\/](pages[\\/]CockpitPage\.vue|cockpit[\\/](?!cockpit-(urls|query|requests)\.ts)[^\\/]+$)/;
/** The app's own small modules that most pages share (labels, formatting, the API client, the session). */
const SHARED_APP_CODE =
  /(apps[\\/]web[\\/]src[\\/](domain|api|session|live)[\\/]|apps[\\/]web[\\/]src[\\/]components[\\/](StageTag|WarningTag|use-phone)|libs[\\/]format[\\/])/;

/**
 * The web app: Vue 3 + Element Plus (components and their CSS imported on demand by unplugin-vue-components)
 * + ECharts (modules imported one by one in components/echarts.ts). Routes are lazy chunks. `npm run dev`
 * proxies /api to the local API (API_URL, default http://localhost:3000).
 */
export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [vue(), Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false })],
  resolve: {
    alias: { '@luodi/format': here('../../libs/format/src/index.ts') },
  },
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // Vue in one long-cached chunk. Element Plus is split by use, like the pages: one chunk of all its components
        // (492 KB) was parsed and run before the login page or the 项目库 could show anything. ECharts stays in
        // the chunks of the pages that draw charts.
        codeSplitting: {
          groups: [
            { name: 'ui-styles', test: UI_STYLES, priority: 50 },
            { name: 'early', test: EARLY_CODE, priority: 40 },
            {
              name: 'vue',
              test: /node_modules[\\/](vue|@vue|vue-router|@vue\/devtools-api)[\\/]/,
              priority: 30,
            },
            { name: 'ui-base', test: UI_BASE, priority: 25 },
            { name: 'ui', test: SHELL_COMPONENTS, priority: 20 },
            { name: 'ui-more', test: MORE_COMPONENTS, priority: 10 },
            { name: 'app', test: SHARED_APP_CODE, priority: 5 },
            { name: 'boot', test: BOOT_CODE, priority: 2 },
            { name: 'cockpit', test: COCKPIT_CODE, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: process.env.API_URL ?? 'http://localhost:3000', changeOrigin: false },
    },
  },
});
