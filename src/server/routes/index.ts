import type { App } from '../context';
import { adminRoutes } from './admin';
import { authRoutes } from './auth';
import { directoryRoutes } from './directory';
import { formRoutes } from './forms';
import { historyRoutes } from './history';
import { homeRoutes } from './home';
import { importRoutes } from './imports';
import { insightRoutes } from './insight';
import { placementRoutes } from './placement';
import { themesRoutes } from './themes';
import { trendsRoutes } from './trends';
import { interviewRoutes } from './interviews';
import { notificationRoutes } from './notifications';
import { opsRoutes } from './ops';
import { passwordRoutes } from './password';
import { recordRoutes } from './record';
import { roundRoutes } from './rounds';
import { schedulingRoutes } from './scheduling';
import { setupRoutes } from './setup';
import { skillRoutes } from './skills';
import { ssoRoutes } from './sso';
import { rightsRoutes } from './rights';

/** The route table: every feature router mounted under /api/v1. */
export function registerRoutes(app: App) {
  app.route('/api/v1', opsRoutes);
  app.route('/api/v1', authRoutes);
  app.route('/api/v1', setupRoutes);
  app.route('/api/v1', passwordRoutes);
  app.route('/api/v1', ssoRoutes);
  app.route('/api/v1', directoryRoutes);
  app.route('/api/v1', importRoutes);
  app.route('/api/v1', adminRoutes);
  app.route('/api/v1', formRoutes);
  app.route('/api/v1', roundRoutes);
  app.route('/api/v1', notificationRoutes);
  app.route('/api/v1', homeRoutes);
  app.route('/api/v1', interviewRoutes);
  app.route('/api/v1', skillRoutes);
  app.route('/api/v1', schedulingRoutes);
  app.route('/api/v1', recordRoutes);
  app.route('/api/v1', historyRoutes);
  app.route('/api/v1', insightRoutes);
  app.route('/api/v1', trendsRoutes);
  app.route('/api/v1', themesRoutes);
  app.route('/api/v1', placementRoutes);
  app.route('/api/v1', rightsRoutes);
}
