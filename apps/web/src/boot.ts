import { createApp } from 'vue';
import App from './App.vue';
import { router } from './router';
import { keepSessionFresh } from './session/refresh';
import 'element-plus/theme-chalk/base.css';
import './styles/app.css';

createApp(App).use(router).mount('#app');
keepSessionFresh();
