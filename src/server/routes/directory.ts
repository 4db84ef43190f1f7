import { router } from '../router';

// Filled in by the directory feature.
export const directoryRoutes = router();
