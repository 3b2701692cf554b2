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
  },
  server: {
    proxy: {
      '/api': { target: process.env.API_URL ?? 'http://localhost:3000', changeOrigin: false },
    },
  },
});
