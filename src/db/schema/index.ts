export * from './auth';
export * from './forms';
export * from './insight';
export * from './org';
export * from './rounds';
export * from './skills';
export * from './system';
export * from './record';
