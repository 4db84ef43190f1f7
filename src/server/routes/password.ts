import { router } from '../router';

// Filled in by the password feature.
export const passwordRoutes = router();
