import { router } from '../router';

// Filled in by the imports feature.
export const importRoutes = router();
