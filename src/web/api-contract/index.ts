import type { components } from './schema.gen';

/** The API's answers, by schema name, from the generated contract (never written by hand). */
export type Schemas = components['schemas'];
