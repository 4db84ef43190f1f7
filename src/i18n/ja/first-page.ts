import common from './common';
import ui from './ui';

/**
 * What the web app's first page says in Japanese — sign-in, the employee's home, both shells, error and
 * loading states — shipped with it. The other features' texts (index.ts) come with the first other page.
 * src/web/bundle.test.ts checks that every key the first page's modules use is here.
 */
export const jaFirstPage = { ...common, ui } as const;
