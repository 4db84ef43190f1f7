import { router } from '../router';

// HR insight: placement. Routes are added here; the router is mounted in ./index.ts.
export const placementRoutes = router();
