import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

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
          groups: [{ name: 'vue', test: /node_modules[\\/](vue|@vue|vue-router|@vue\/devtools-api)[\\/]/ }],
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
