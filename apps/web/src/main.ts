import { fetchCockpitEarly, fetchLeadListEarly } from './early-fetch';
import { preloadRoute } from './route-preload';

// The 项目库's or the cockpit's data, then the first page's code, start downloading now, in parallel with the
// app's (see early-fetch.ts and route-preload.ts).
fetchLeadListEarly(location.pathname, location.search, localStorage);
fetchCockpitEarly(location.pathname, location.search, localStorage);
preloadRoute(location.pathname, localStorage);
void import('./boot');
