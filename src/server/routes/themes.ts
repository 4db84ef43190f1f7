import { router } from '../router';

// HR insight: themes. Routes are added here; the router is mounted in ./index.ts.
export const themesRoutes = router();
