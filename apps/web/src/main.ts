import { preloadRoute } from './route-preload';

// The first page's code starts downloading now, in parallel with the app's (see route-preload.ts).
preloadRoute(location.pathname, localStorage);
void import('./boot');
