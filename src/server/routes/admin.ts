import { router } from '../router';

// Filled in by the admin feature.
export const adminRoutes = router();
