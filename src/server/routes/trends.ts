import { router } from '../router';

// HR insight: trends. Routes are added here; the router is mounted in ./index.ts.
export const trendsRoutes = router();
